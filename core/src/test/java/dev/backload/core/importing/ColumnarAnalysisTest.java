package dev.backload.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.log.ColumnarSets;
import dev.backload.core.log.TrainingSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analytics read an import's column store field by field ({@link ColumnarSets}); that must give
 * exactly what reading the same sets as objects gives, and each accessor must agree with {@code
 * get}.
 */
class ColumnarAnalysisTest {

  private static List<Path> files() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> fixtures = Files.list(Fixtures.path("strong-classic.csv").getParent())) {
      fixtures.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
    }
    Path real = RealExportsTest.find();
    if (real != null) {
      try (Stream<Path> exports = Files.list(real)) {
        exports.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void theColumnStoreAndPlainSetsGiveTheSameAnalysis() throws Exception {
    List<Path> files = files();
    assertThat(files).hasSizeGreaterThan(5);
    for (Path file : files) {
      ImportResult imported =
          ExportImporter.read(file, ImportOptions.defaults().withUnit(WeightUnit.KG));
      assertThat(imported.sets()).as(file.toString()).isInstanceOf(ColumnarSets.class);
      List<TrainingSet> plain = new ArrayList<>(imported.sets());
      Analysis columnar = TrainingLoadAnalysis.analyze(imported.sets());
      assertThat(columnar).as(file.toString()).isEqualTo(TrainingLoadAnalysis.analyze(plain));
    }
  }

  @Test
  void everyAccessorAgreesWithGet() throws Exception {
    for (Path file : files()) {
      ColumnarSets sets =
          (ColumnarSets)
              ExportImporter.read(file, ImportOptions.defaults().withUnit(WeightUnit.LB)).sets();
      for (int i = 0; i < sets.size(); i++) {
        TrainingSet set = sets.get(i);
        assertThat(sets.date(i)).isEqualTo(set.date());
        assertThat(sets.workout(i)).isEqualTo(set.workout());
        assertThat(sets.variation(i)).isEqualTo(set.variation());
        assertThat(sets.setType(i)).isEqualTo(set.setType());
        assertThat(sets.reps(i)).isEqualTo(set.reps());
        assertThat(sets.rpe(i)).isEqualTo(set.rpe());
        assertThat(sets.loadKg(i)).as(set.exercise()).isEqualTo(set.loadKg());
      }
    }
  }
}
