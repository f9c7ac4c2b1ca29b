package dev.newsroom.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.TaggedRelease;
import java.io.IOException;
import java.io.InputStream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * The compatibility policy of the public contracts: a topic's schema evolves BACKWARD compatibly (the new schema
 * reads every record the previous one wrote; subscribers upgrade before producers), and a change that cannot be
 * (v1's string fields becoming enums in the alert) gets a new record on a new topic. The v1 schemas are kept in
 * the test resources, so a change that breaks a reader of old records fails here.
 */
class SchemaEvolutionTest {

  @Test
  void shouldReadV1TaggedReleasesWithTheCurrentSchema() throws IOException {
    assertThat(readerCanRead(TaggedRelease.getClassSchema(), v1("TaggedRelease.avsc")))
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void shouldReadV1LedgerRecordsWithTheCurrentSchema() throws IOException {
    assertThat(readerCanRead(PairLevel.getClassSchema(), v1("PairLevel.avsc")))
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  @Test
  void shouldNotPretendTheV1AlertIsReadableSinceItsStringsBecameEnums() throws IOException {
    // Why the alert moved to a new topic (newsroom.alerts) instead of evolving on newsroom.alerts.upgrades.
    assertThat(readerCanRead(Alert.getClassSchema(), v1("UpgradeAlert.avsc")))
        .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
  }

  @Test
  void shouldLetAV1TaggedReleaseReaderReadCurrentRecords() throws IOException {
    // Added fields have defaults and none was removed, so old subscribers of the tagged topic keep working.
    assertThat(readerCanRead(v1("TaggedRelease.avsc"), TaggedRelease.getClassSchema()))
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }

  private static SchemaCompatibilityType readerCanRead(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType();
  }

  private static Schema v1(String file) throws IOException {
    Schema.Parser parser = new Schema.Parser();
    parse(parser, "ReleaseSource.avsc"); // the shared type the release and alert schemas refer to
    return parse(parser, file);
  }

  private static Schema parse(Schema.Parser parser, String file) throws IOException {
    try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/history/v1/" + file)) {
      return parser.parse(in);
    }
  }
}
