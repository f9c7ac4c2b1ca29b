package dev.newsroom.producer;

import dev.newsroom.avro.RawRelease;

/**
 * One release read from a path, or the reason it could not be read.
 *
 * @param location the file, and for JSON Lines the line, e.g. {@code feed.jsonl:12}
 */
public record ReadItem(String location, RawRelease release, String error) {

  static ReadItem ok(String location, RawRelease release) {
    return new ReadItem(location, release, null);
  }

  static ReadItem failed(String location, String error) {
    return new ReadItem(location, null, error);
  }

  public boolean isOk() {
    return release != null;
  }
}
