package dev.backload.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of importing and analysing a 1,000,000-set Strong export, against the cost of merely
 * parsing the same file with FastCSV. Both read the file from disk (the page cache, after the first
 * iteration) as UTF-8.
 *
 * <p>The file is generated once by {@link HistoryGenerator} into {@code
 * backload-bench/strong-new-1m.csv} in the temporary directory (or at the path in the system
 * property {@code backload.bench.file}) and reused by later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class ImportBenchmark {
  static final long SETS = 1_000_000;

  private Path file;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    String defaultPath =
        Path.of(System.getProperty("java.io.tmpdir"), "backload-bench", "strong-new-1m.csv")
            .toString();
    Path path = Path.of(System.getProperty("backload.bench.file", defaultPath));
    file = HistoryGenerator.ensure(path, SETS, 42);
  }

  /** Parsing alone: every field of every record read, their lengths summed. */
  @Benchmark
  public long parseOnly(Blackhole blackhole) throws IOException {
    long chars = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofCsvRecord(file)) {
      for (CsvRecord record : csv) {
        for (int i = 0, n = record.getFieldCount(); i < n; i++) {
          chars += record.getField(i).length();
        }
        blackhole.consume(record);
      }
    }
    return chars;
  }

  /** The whole pipeline of {@code backload analyze}: import, then the analytics. */
  @Benchmark
  public Analysis importAndAnalyze() throws Exception {
    ImportResult imported = ExportImporter.read(file, ImportOptions.defaults());
    if (imported.sets().size() != SETS) {
      throw new IllegalStateException("expected " + SETS + " sets, got " + imported.sets().size());
    }
    return TrainingLoadAnalysis.analyze(imported.sets());
  }
}
