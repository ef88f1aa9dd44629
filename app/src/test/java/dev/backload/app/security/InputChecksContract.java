package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.security.Routes.Route;
import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SECURITY.md 1.D, input validation, files and output encoding, and issue 13 item 11: no malformed
 * request gets a 5xx.
 *
 * <p>The fuzz test sends mutated bodies and content types to every write endpoint of the API, read
 * from Spring's handler mappings so a new endpoint is fuzzed without being listed here. The
 * mutations come from a {@link Random} with a fixed seed, so a failure repeats. Every answer must
 * be below 500, and every 4xx must be an {@code application/problem+json} problem.
 */
abstract class InputChecksContract {
  /** The fuzz seed; change it to explore, keep it fixed in the build. */
  static final long SEED = 13_11L;

  /** Random mutations per endpoint, on top of the fixed ones (about 20). */
  static final int RANDOM_PER_ENDPOINT = 16;

  @Value("${local.server.port}")
  int port;

  @Autowired ApplicationContext context;

  /**
   * A valid body for the endpoints we know, as the mutations' starting point; {@code {workoutId}}
   * is filled with the caller's workout. An endpoint not listed starts from {@code {}}.
   */
  static final Map<String, String> VALID =
      Map.ofEntries(
          Map.entry(
              "POST /api/v1/accounts",
              "{\"email\":\"fuzz@example.org\",\"password\":\"correct horse battery staple\"}"),
          Map.entry(
              "POST /api/v1/tokens",
              "{\"email\":\"{email}\",\"password\":\"correct horse battery staple\","
                  + "\"name\":\"fuzz\"}"),
          Map.entry("POST /api/v1/workouts", workout()),
          Map.entry("PUT /api/v1/workouts/{id}", workout()),
          Map.entry("POST /api/v1/checkins", "{\"painNow\":4,\"onset\":\"NEXT_DAY\"}"),
          Map.entry("POST /api/v1/triage", "{\"painNow\":3,\"onset\":\"NEXT_DAY\"}"),
          Map.entry(
              "POST /api/v1/assessments",
              "{\"assessedBy\":\"GP\",\"outcome\":\"CLEARED_TO_TRAIN\"}"),
          Map.entry("POST /api/v1/monitoring", "{\"workoutId\":{workoutId},\"during\":3}"),
          Map.entry("PUT /api/v1/screen", "{\"sidePlankLeftS\":40,\"kneeToWallLeftCm\":8.5}"),
          Map.entry("PUT /api/v1/plan/settings", "{\"loadIncrementKg\":5}"),
          Map.entry("PUT /api/v1/profile", "{\"age\":40,\"cancerHistory\":false}"),
          Map.entry(
              "PUT /api/v1/account", "{\"weightUnit\":\"kg\",\"timeZone\":\"Europe/Berlin\"}"));

  private static String workout() {
    return "{\"date\":\""
        + TestClock.TODAY
        + "\",\"name\":\"Pull day\",\"sets\":[{\"exercise\":\"Deadlift (Barbell)\","
        + "\"weightKg\":140,\"reps\":5,\"rpe\":8,\"setType\":\"WORKING\",\"note\":\"fine\"}]}";
  }

  /** One request to send: content type (null: none), body and a label for the failure list. */
  record Mutant(String label, String contentType, byte[] body) {}

  @Test
  void item11_mutatedRequestsToEveryWriteEndpointGetNo5xxAndProblem4xx() {
    Random random = new Random(SEED);
    List<Route> writes =
        Routes.all(context).stream()
            .filter(r -> r.api() && r.write())
            // Whole-account deletions last: after them the caller is gone.
            .sorted(Comparator.comparing(r -> r.method().equals("DELETE") && !r.hasVariables()))
            .toList();
    assertThat(writes).extracting(Route::toString).contains("POST /api/v1/workouts");
    LifterData lifter = LifterData.create(port);
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (Route route : writes) {
      String path = route.path(lifter.ids());
      String valid =
          VALID
              .getOrDefault(route.toString(), "{}")
              .replace("{workoutId}", lifter.ids().get("workouts").toString())
              .replace("{email}", lifter.caller.email());
      for (Mutant m : mutants(route, valid, random)) {
        String accept = ACCEPTS[random.nextInt(ACCEPTS.length)];
        var response =
            lifter.caller.send(route.method(), path, m.contentType(), m.body(), accept, true);
        sent++;
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
          failures.add(
              route
                  + " ["
                  + m.label()
                  + ", Content-Type "
                  + m.contentType()
                  + ", Accept "
                  + accept
                  + "] -> "
                  + status
                  + " "
                  + type
                  + " "
                  + abbreviate(response.body()));
        }
      }
    }
    assertThat(sent).isGreaterThan(writes.size() * 20);
    assertThat(failures).as("%d requests sent", sent).isEmpty();
  }

  @Autowired JdbcClient jdbc;

  /**
   * The pages' form posts get the same treatment with form-shaped mutations: no 5xx (a page answers
   * with its form, an error page or a redirect, not a problem).
   */
  @Test
  void item11_mutatedFormPostsToEveryPageGetNo5xx() {
    Random random = new Random(SEED);
    LifterData lifter = LifterData.create(port);
    List<String> failures = new ArrayList<>();
    String[] names = {
      "date",
      "name",
      "exercise",
      "weight",
      "weightKg",
      "reps",
      "rpe",
      "setType",
      "note",
      "painNow",
      "onset",
      "during",
      "baseline",
      "nextMorning",
      "age",
      "weightUnit",
      "timeZone",
      "country",
      "loadIncrement",
      "currentPassword",
      "newPassword",
      "upload",
      "unit",
      "outcome",
      "assessedBy"
    };
    String[] values = {
      "",
      "x",
      "-1",
      "1e308",
      "99999999999999999999",
      "NaN",
      "2026-02-30",
      "' or 1=1--",
      "%C3%28",
      "%FF%FE",
      "%",
      "%zz",
      "\u0000",
      "y".repeat(100_000),
      "<script>",
      "true"
    };
    int sent = 0;
    for (Route route : Routes.all(context)) {
      if (route.api()
          || !route.write()
          || AccessControlChecksContract.ENDS_ACCOUNT.contains(route.toString())
          || route.pattern().equals("/account/password")) {
        continue;
      }
      String path = route.path(lifter.ids());
      for (int i = 0; i < 15; i++) {
        StringBuilder form = new StringBuilder();
        int fields = random.nextInt(6);
        for (int f = 0; f < fields; f++) {
          String value = values[random.nextInt(values.length)];
          form.append(names[random.nextInt(names.length)])
              .append('=')
              .append(value.startsWith("%") ? value : Caller.enc(value))
              .append('&');
        }
        form.append("_csrf=").append(Caller.enc(lifter.caller.csrf()));
        String type =
            switch (i % 5) {
              case 0 -> "multipart/form-data";
              case 1 -> "text/plain";
              default -> "application/x-www-form-urlencoded";
            };
        var response =
            lifter.caller.send(
                route.method(),
                path,
                type,
                form.toString().getBytes(StandardCharsets.UTF_8),
                "text/html",
                true);
        sent++;
        if (response.statusCode() >= 500) {
          failures.add(
              route
                  + " ["
                  + type
                  + "] "
                  + abbreviate(form.toString())
                  + " -> "
                  + response.statusCode());
        }
      }
    }
    assertThat(sent).isGreaterThan(200);
    assertThat(failures).isEmpty();
  }

  @Test
  void item11_aWrongMethodOrAWildcardContentTypeIsAProblemNotA500() {
    LifterData lifter = LifterData.create(port);
    var patch = lifter.caller.json("PATCH", "/api/v1/workouts", "{}");
    assertThat(patch.statusCode()).isEqualTo(405);
    assertThat(patch.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(patch.headers().firstValue("Allow").orElse("")).contains("POST");
    var wildcard =
        lifter.caller.send(
            "PUT",
            "/api/v1/workouts/" + lifter.ids().get("workouts"),
            "application/*",
            workout().getBytes(StandardCharsets.UTF_8),
            "application/json",
            true);
    assertThat(wildcard.statusCode()).isEqualTo(415);
    assertThat(wildcard.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    var notConsumed =
        lifter.caller.send(
            "POST",
            "/api/v1/checkins",
            "text/plain",
            "{}".getBytes(StandardCharsets.UTF_8),
            "application/json",
            true);
    assertThat(notConsumed.statusCode()).isEqualTo(415);
    assertThat(notConsumed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  private long rows(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private static void assertFieldProblem(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("\"field\":\"" + field);
  }

  @Test
  void v2_2_1_valuesOutsideTheAllowedRangeAreRefusedAndNothingIsWritten() {
    LifterData lifter = LifterData.create(port);
    long checkIns = rows("check_in");
    long sets = rows("training_set");
    Caller c = lifter.caller;
    assertFieldProblem(c.json("POST", "/api/v1/checkins", "{\"painNow\":11}"), "painNow");
    assertFieldProblem(c.json("POST", "/api/v1/checkins", "{\"painNow\":-1}"), "painNow");
    assertFieldProblem(c.json("POST", "/api/v1/checkins", "{\"painNow\":\"x\"}"), "painNow");
    assertFieldProblem(
        c.json("POST", "/api/v1/workouts", workout().replace("\"reps\":5", "\"reps\":1000000000")),
        "sets[0].reps");
    assertFieldProblem(
        c.json(
            "POST",
            "/api/v1/workouts",
            workout().replace(TestClock.TODAY.toString(), TestClock.TODAY.plusYears(5).toString())),
        "date");
    assertThat(rows("check_in")).isEqualTo(checkIns);
    assertThat(rows("training_set")).isEqualTo(sets);
  }

  @Test
  void v2_3_3_anImportWithABadLastLineWritesNothing() {
    LifterData lifter = LifterData.create(port);
    long sets = rows("training_set");
    byte[] good = ExportFiles.fixture("hevy.csv");
    byte[] bad =
        (new String(good, StandardCharsets.UTF_8).stripTrailing()
                + "\n\"not a date\",\"x\",\"y\"\n")
            .getBytes(StandardCharsets.UTF_8);
    var response =
        lifter.caller.send(
            "POST",
            "/api/v1/imports",
            "multipart/form-data; boundary=b",
            LifterData.multipart("b", "bad.csv", bad),
            "application/json",
            true);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.body()).contains("line");
    assertThat(rows("training_set")).isEqualTo(sets);
  }

  @Test
  void v1_2_1_and_1_3_7_storedTextIsShownAsTextOnEveryPage() {
    LifterData lifter = LifterData.create(port);
    String xss = "</script><img src=x onerror=alert(1)>";
    String template = "[[${7*7919}]] __${7*7919}__ [(${7*7919})]";
    var stored =
        lifter.caller.json(
            "POST",
            "/api/v1/workouts",
            "{\"date\":\""
                + TestClock.TODAY
                + "\",\"name\":\""
                + xss.replace("\"", "\\\"")
                + "\",\"sets\":[{\"exercise\":\""
                + template
                + "\",\"weightKg\":60,\"reps\":5,\"setType\":\"WORKING\",\"note\":\""
                + xss
                + template
                + "\"}]}");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    long workout = Long.parseLong(stored.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    int pages = 0;
    for (Route route : Routes.all(context)) {
      if (!route.method().equals("GET") || route.api()) {
        continue;
      }
      var ids = new java.util.HashMap<String, Long>(lifter.ids());
      ids.put("workouts", workout);
      ids.put("monitoring", workout);
      var page = lifter.caller.page(route.path(ids));
      pages++;
      assertThat(page.body())
          .as(route.toString())
          .doesNotContain("<img src=x")
          .doesNotContain("55433");
    }
    assertThat(pages).isGreaterThan(20);
    // The workout page shows both, escaped and literal.
    String shown = lifter.caller.page("/workouts/" + workout).body();
    assertThat(shown).contains("&lt;img src=x onerror=alert(1)&gt;").contains("[[${7*7919}]]");
  }

  @Test
  void v1_5_2_typeIdsInJsonAreRefused() {
    LifterData lifter = LifterData.create(port);
    var typed =
        lifter.caller.json(
            "PUT", "/api/v1/profile", "{\"@class\":\"java.lang.ProcessBuilder\",\"age\":40}");
    assertFieldProblem(typed, "@class");
    var nested =
        lifter.caller.json(
            "POST",
            "/api/v1/checkins",
            "{\"painNow\":2,\"plannerContext\":[\"java.net.URL\",\"http://127.0.0.1:1/\"]}");
    assertThat(nested.statusCode()).isEqualTo(400);
  }

  @Test
  void v3_2_1_and_4_1_1_downloadsHaveExactTypesAndTextNamesUtf8() {
    LifterData lifter = LifterData.create(port);
    var csv = lifter.caller.json("GET", "/api/v1/export.csv", null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    assertThat(csv.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    var json = lifter.caller.json("GET", "/api/v1/export", null);
    assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(json.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    List<String> noCharset = new ArrayList<>();
    for (Route route : Routes.all(context)) {
      if (!route.method().equals("GET")) {
        continue;
      }
      var page = lifter.caller.page(route.path(lifter.ids()));
      String type = page.headers().firstValue("Content-Type").orElse("");
      if (type.startsWith("text/")
          && !type.toUpperCase(java.util.Locale.ROOT).contains("CHARSET=UTF-8")) {
        noCharset.add(route + " " + type);
      }
    }
    assertThat(noCharset).isEmpty();
  }

  private static final String[] ACCEPTS = {"application/json", "*/*", null, "application/*"};

  private static final String[] CONTENT_TYPES = {
    "text/plain",
    "application/xml",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=nothere",
    "application/json; charset=klingon",
    "application/json; charset=UTF-16",
    "application/json; charset=ISO-8859-1",
    "application/octet-stream",
    "text/csv",
    "application/json;;;",
    "garbage",
    "*/*",
    "application/*",
    "application/problem+json",
  };

  /** The fixed mutations of every endpoint, then random ones. */
  static List<Mutant> mutants(Route route, String valid, Random random) {
    boolean upload = route.pattern().equals("/api/v1/imports");
    String json = upload ? "application/json" : "application/json";
    List<Mutant> out = new ArrayList<>();
    out.add(new Mutant("empty body", json, new byte[0]));
    out.add(new Mutant("no body, no type", null, null));
    out.add(new Mutant("null", json, bytes("null")));
    out.add(new Mutant("array", json, bytes("[]")));
    out.add(new Mutant("string", json, bytes("\"x\"")));
    out.add(new Mutant("deep arrays", json, bytes("[".repeat(20_000) + "]".repeat(20_000))));
    out.add(
        new Mutant("deep objects", json, bytes("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))));
    out.add(new Mutant("huge string", json, bytes("{\"name\":\"" + "x".repeat(2_000_000) + "\"}")));
    out.add(new Mutant("huge number", json, bytes("{\"painNow\":" + "9".repeat(2_000) + "}")));
    out.add(new Mutant("huge exponent", json, bytes("{\"weightKg\":1e999999999}")));
    out.add(new Mutant("invalid UTF-8", json, invalidUtf8(valid)));
    out.add(new Mutant("multipart without boundary", "multipart/form-data", bytes(valid)));
    out.add(
        new Mutant(
            "random bytes",
            CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)],
            randomBytes(random, 300)));
    if (upload) {
      out.addAll(uploadMutants(random));
    }
    if (valid.startsWith("{") && valid.length() > 2) {
      out.add(new Mutant("valid", json, bytes(valid)));
      out.add(new Mutant("duplicate keys", json, bytes(duplicateFirstKey(valid, "\"dup\""))));
      out.add(new Mutant("unknown field", json, bytes(valid.replaceFirst("\\{", "{\"zzz\":1,"))));
    }
    for (int i = 0; i < RANDOM_PER_ENDPOINT; i++) {
      out.add(randomMutant(valid, random));
    }
    return out;
  }

  private static List<Mutant> uploadMutants(Random random) {
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      out.add(
          new Mutant(
              "random CSV " + i,
              "multipart/form-data; boundary=fz",
              LifterData.multipart("fz", "fuzz.csv", randomCsv(random))));
    }
    byte[] real = ExportFiles.fixture("hevy.csv");
    byte[] flipped = real.clone();
    for (int i = 0; i < 40; i++) {
      flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
    }
    out.add(
        new Mutant(
            "flipped bytes in a real export",
            "multipart/form-data; boundary=fz",
            LifterData.multipart("fz", "x.csv", flipped)));
    byte[] whole = LifterData.multipart("fz", "x.csv", real);
    out.add(
        new Mutant(
            "truncated multipart",
            "multipart/form-data; boundary=fz",
            java.util.Arrays.copyOf(whole, whole.length / 2)));
    out.add(
        new Mutant(
            "wrong part name",
            "multipart/form-data; boundary=fz",
            bytes(
                "--fz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--fz--\r\n")));
    out.add(
        new Mutant(
            "bad options",
            "multipart/form-data; boundary=fz",
            bytes(
                "--fz\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\nstone\r\n"
                    + "--fz\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n\u0000\r\n"
                    + "--fz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x\"\r\n\r\n"
                    + "a,b\r\n1,2\r\n--fz--\r\n")));
    return out;
  }

  private static Mutant randomMutant(String valid, Random random) {
    int kind = random.nextInt(7);
    return switch (kind) {
      case 0 -> new Mutant("wrong type", "application/json", bytes(replaceValues(valid, random)));
      case 1 ->
          new Mutant(
              "truncated",
              "application/json",
              bytes(valid.substring(0, random.nextInt(Math.max(1, valid.length())))));
      case 2 ->
          new Mutant(
              "content type", CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)], bytes(valid));
      case 3 ->
          new Mutant(
              "nested value",
              "application/json",
              bytes(replaceValue(valid, random, "[".repeat(3_000) + "]".repeat(3_000))));
      case 4 ->
          new Mutant(
              "random bytes", "application/json", randomBytes(random, 1 + random.nextInt(400)));
      case 5 ->
          new Mutant(
              "duplicate key", "application/json", bytes(duplicateFirstKey(valid, scalar(random))));
      default -> new Mutant("invalid UTF-8", "application/json", invalidUtf8(valid));
    };
  }

  /** Replaces every value of a flat or nested JSON object with a random wrong value. */
  private static String replaceValues(String valid, Random random) {
    String out = valid;
    for (int i = 0; i < 3; i++) {
      out = replaceValue(out, random, scalar(random));
    }
    return out;
  }

  /** Replaces one {@code "key":value} value (found by a simple scan) with {@code replacement}. */
  private static String replaceValue(String json, Random random, String replacement) {
    var m =
        java.util.regex.Pattern.compile("\"[A-Za-z]+\":(\"[^\"]*\"|[-0-9.eE]+|true|false|null|\\[)")
            .matcher(json);
    List<int[]> spots = new ArrayList<>();
    while (m.find()) {
      spots.add(new int[] {m.start(1), m.end(1)});
    }
    if (spots.isEmpty()) {
      return replacement;
    }
    int[] spot = spots.get(random.nextInt(spots.size()));
    return json.substring(0, spot[0]) + replacement + json.substring(spot[1]);
  }

  private static String scalar(Random random) {
    return switch (random.nextInt(14)) {
      case 0 -> "\"x\"";
      case 1 -> "-1";
      case 2 -> "1e308";
      case 3 -> "-9223372036854775809";
      case 4 -> "true";
      case 5 -> "null";
      case 6 -> "{}";
      case 7 -> "[1,2,3]";
      case 8 -> "\"" + "y".repeat(100_000) + "\"";
      case 9 -> "\"' or 1=1--\"";
      case 10 -> "\"\\u0000\\ud800\"";
      case 11 -> "0.000000000000000000000001";
      case 12 -> "\"2026-02-30\"";
      default -> "NaN";
    };
  }

  private static String duplicateFirstKey(String valid, String value) {
    var m = java.util.regex.Pattern.compile("^\\{\"([A-Za-z]+)\":").matcher(valid);
    if (!m.find()) {
      return valid;
    }
    return "{\"" + m.group(1) + "\":" + value + "," + valid.substring(1);
  }

  private static byte[] invalidUtf8(String valid) {
    byte[] text = bytes(valid.isEmpty() ? "{\"a\":\"b\"}" : valid);
    int quote = valid.indexOf("\":\"");
    int at = quote < 0 ? text.length / 2 : quote + 3;
    var out = new ByteArrayOutputStream();
    out.write(text, 0, at);
    out.writeBytes(
        new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
    out.write(text, at, text.length - at);
    return out.toByteArray();
  }

  private static byte[] randomCsv(Random random) {
    StringBuilder csv = new StringBuilder();
    int rows = 1 + random.nextInt(40);
    String header =
        random.nextBoolean() ? "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n" : "";
    csv.append(header);
    String alphabet = "abc,;\"'\n\r\t0123456789.-=+@ \u00e9\u2603";
    for (int r = 0; r < rows; r++) {
      int len = random.nextInt(80);
      for (int i = 0; i < len; i++) {
        csv.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      csv.append('\n');
    }
    byte[] text = bytes(csv.toString());
    if (random.nextBoolean()) {
      byte[] noisy = randomBytes(random, 50);
      var out = new ByteArrayOutputStream();
      out.writeBytes(text);
      out.writeBytes(noisy);
      return out.toByteArray();
    }
    return text;
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}

@OnH2
class InputChecksH2Test extends InputChecksContract {}

@OnPostgres
class InputChecksPostgresTest extends InputChecksContract {}
