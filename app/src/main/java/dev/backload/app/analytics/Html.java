package dev.backload.app.analytics;

/** JSON placed into a {@code <script>} element (HTML text itself is escaped by Thymeleaf). */
final class Html {
  private Html() {}

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
