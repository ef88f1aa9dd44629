package dev.backload.app.analytics;

/** Escaping for text placed into HTML and for JSON placed into a {@code <script>} element. */
final class Html {
  private Html() {}

  /**
   * Escapes text for an HTML element's content or a quoted attribute value: {@code & < > " '}.
   *
   * @param text any text, e.g. an exercise name from a file; {@code null} gives ""
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Makes JSON safe inside a {@code <script type="application/json">} element: {@code <}, {@code >}
   * and {@code &} become {@code \\u003c}, {@code \\u003e} and {@code \\u0026}. JSON has these
   * characters only inside strings, where the escapes mean the same, so {@code JSON.parse} gives
   * the same value and no {@code </script>} or {@code <!--} can end or confuse the element.
   */
  static String scriptSafeJson(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
