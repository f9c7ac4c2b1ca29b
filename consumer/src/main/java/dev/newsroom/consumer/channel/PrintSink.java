package dev.newsroom.consumer.channel;

import dev.newsroom.consumer.AlertJson;
import dev.newsroom.consumer.format.AlertText;
import dev.newsroom.avro.Alert;
import java.io.PrintWriter;

/** Prints alerts, readable or as one JSON object per line. */
public final class PrintSink implements AlertSink {

  private final PrintWriter out;
  private final boolean json;

  public PrintSink(PrintWriter out, boolean json) {
    this.out = out;
    this.json = json;
  }

  @Override
  public void deliver(Alert alert) {
    out.println(json ? AlertJson.toJson(alert) : AlertText.format(alert));
    out.flush();
  }
}
