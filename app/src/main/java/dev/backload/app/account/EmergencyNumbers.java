package dev.backload.app.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The number to call in an emergency, by the country set on the account (a two-letter ISO 3166-1
 * code). A small, explicit table: only countries whose number is checked against a named source are
 * in it, and only these can be chosen. Without a country, and on the anonymous check-in, the number
 * is 112, with a note that the local number may differ.
 *
 * <p>Sources:
 *
 * <ul>
 *   <li>112 in every EU member state: Directive (EU) 2018/1972, the European Electronic
 *       Communications Code, Article 109 (single European emergency number), as listed by the
 *       European Commission's "112" page (digital-strategy.ec.europa.eu).
 *   <li>United Kingdom 999, and 112 also answered: Ofcom, "Calling the emergency services"
 *       (ofcom.org.uk); NHS, "When to call 999".
 *   <li>United States 911: Federal Communications Commission, "911 and E911 Services" (fcc.gov).
 *   <li>Canada 911: Canadian Radio-television and Telecommunications Commission, "9-1-1 services"
 *       (crtc.gc.ca).
 *   <li>Australia 000, and 112 from mobile phones: Australian Government, Triple Zero
 *       (triplezero.gov.au).
 *   <li>New Zealand 111: New Zealand Police, "Call 111" (police.govt.nz).
 * </ul>
 */
public final class EmergencyNumbers {

  /** The number where no country is known: the European number, answered on most mobiles. */
  public static final String DEFAULT_NUMBER = "112";

  /**
   * The emergency number of a country.
   *
   * @param country the two-letter code, or {@code null} for the default
   * @param number the number to dial
   * @param alsoAnswered another number answered there, or {@code null}
   */
  public record Number(String country, String number, String alsoAnswered) {
    /** The {@code tel:} address of the number. */
    public String tel() {
      return "tel:" + number;
    }

    /** Whether the number is the default one, not chosen through a country. */
    public boolean isDefault() {
      return country == null;
    }

    /** The country's name in English, or {@code null} for the default. */
    public String countryName() {
      return country == null ? null : new Locale("", country).getDisplayCountry(Locale.ENGLISH);
    }
  }

  /** The default number, for no country and the anonymous check-in. */
  public static final Number DEFAULT = new Number(null, DEFAULT_NUMBER, null);

  private static final List<String> EU =
      List.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  private static final Map<String, Number> BY_COUNTRY = table();

  private static Map<String, Number> table() {
    Map<String, Number> t = new LinkedHashMap<>();
    t.put("AU", new Number("AU", "000", "112"));
    t.put("CA", new Number("CA", "911", null));
    t.put("NZ", new Number("NZ", "111", null));
    t.put("GB", new Number("GB", "999", "112"));
    t.put("US", new Number("US", "911", null));
    EU.forEach(code -> t.put(code, new Number(code, DEFAULT_NUMBER, null)));
    return Map.copyOf(t);
  }

  private EmergencyNumbers() {}

  /** The number of a country code from the table; empty for a code that is not in it. */
  public static Optional<Number> of(String country) {
    return country == null
        ? Optional.empty()
        : Optional.ofNullable(BY_COUNTRY.get(country.toUpperCase(Locale.ROOT)));
  }

  /** The number for an account's country, the default when none is set. */
  public static Number forCountry(String country) {
    return of(country).orElse(DEFAULT);
  }

  /** The countries that can be chosen, sorted by their English name. */
  public static List<Number> choices() {
    return BY_COUNTRY.values().stream()
        .sorted(java.util.Comparator.comparing(Number::countryName))
        .toList();
  }
}
