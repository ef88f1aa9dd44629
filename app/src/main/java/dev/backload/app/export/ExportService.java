package dev.backload.app.export;

import dev.backload.app.account.Account;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.ExportSection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's full export: the account's preferences, then every {@link ExportSection}, read in one
 * transaction so the parts agree with each other. {@link #tables()} says where each table's rows
 * are in it, so that a test can prove that every row of the account is exported.
 */
@Service
public class ExportService {
  /** The export's format name and version, the first members of the JSON. */
  public static final String FORMAT = "backload-export";

  public static final int VERSION = 1;

  /** The table of accounts, exported by this service itself as the member {@code account}. */
  public static final Map<String, String> ACCOUNT_TABLE = Map.of("account", "account");

  private final AccountRepository accounts;
  private final List<ExportSection> sections;
  private final Clock clock;

  ExportService(AccountRepository accounts, List<ExportSection> sections, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
    this.sections = sections.stream().sorted(Comparator.comparing(ExportSection::name)).toList();
    long distinct = this.sections.stream().map(ExportSection::name).distinct().count();
    if (distinct != this.sections.size()
        || this.sections.stream().anyMatch(s -> isReserved(s.name()))) {
      throw new IllegalStateException("export section names must be unique and not reserved");
    }
    tables();
  }

  /** The account as exported: preferences, never the password hash. */
  public record AccountData(
      String email,
      String displayName,
      String weightUnit,
      String timeZone,
      Instant createdAt,
      String country) {
    static AccountData of(Account a) {
      return new AccountData(
          a.email(),
          a.displayName(),
          a.weightUnit().symbol(),
          a.timeZone().getId(),
          a.createdAt(),
          a.country());
    }
  }

  /** The section names, in export order. */
  public List<String> sectionNames() {
    return sections.stream().map(ExportSection::name).toList();
  }

  /** Everything about the account, as JSON members in order. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Map<String, Object> export(long accountId) {
    Account account = accounts.findById(accountId).orElseThrow();
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("format", FORMAT);
    export.put("version", VERSION);
    export.put("exportedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS));
    export.put("account", AccountData.of(account));
    for (ExportSection section : sections) {
      export.put(section.name(), section.export(accountId));
    }
    return export;
  }

  /**
   * Every table the export holds, with the path of its entries (see {@link
   * ExportSection#tables()}), the account's own table included.
   *
   * @throws IllegalStateException when two sections declare one table, or a path is not inside its
   *     section
   */
  public Map<String, String> tables() {
    Map<String, String> tables = new TreeMap<>(ACCOUNT_TABLE);
    for (ExportSection section : sections) {
      section
          .tables()
          .forEach(
              (table, path) -> {
                if (!path.equals(section.name())
                    && !path.matches(Pattern.quote(section.name()) + "[.\\[{].*")) {
                  throw new IllegalStateException(
                      "export section " + section.name() + " declares a path outside it: " + path);
                }
                if (tables.putIfAbsent(table, path) != null) {
                  throw new IllegalStateException("two export sections declare table " + table);
                }
              });
    }
    return tables;
  }

  private static boolean isReserved(String name) {
    return List.of("format", "version", "exportedAt", "account").contains(name);
  }
}
