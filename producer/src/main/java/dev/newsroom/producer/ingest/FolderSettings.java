package dev.newsroom.producer.ingest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A watched folder, scanned every {@code interval}: each new file is published and moved to {@code done/},
 * or to {@code failed/} with a {@code .reason.txt} beside it. A file is taken once it has not changed for
 * {@code settle} (so half-written files wait).
 */
public record FolderSettings(String id, String path, @JsonDeserialize(using = DurationText.class) Duration interval,
    @JsonDeserialize(using = DurationText.class) Duration settle, String source, String kind) {

  public FolderSettings {
    IngestConfig.require(id != null && id.matches("[A-Za-z0-9._-]{1,100}"),
        "folder id '" + id + "' is required: letters, digits, '.', '_', '-'");
    IngestConfig.require(path != null && !path.isBlank(), "folder " + id + " path is required");
    interval = interval != null ? interval : Duration.ofSeconds(10);
    settle = settle != null ? settle : Duration.ofSeconds(1);
    source = source == null || source.isBlank() ? id : source.strip();
    dev.newsroom.producer.SourceDefaults.parseKind(kind);
  }

  public Path folder() {
    return Path.of(path);
  }
}
