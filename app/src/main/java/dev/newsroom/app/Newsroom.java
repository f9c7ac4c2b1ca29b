package dev.newsroom.app;

import dev.newsroom.schemas.AvroSerde;
import picocli.CommandLine;

/** Entry point of the {@code newsroom} command. */
public final class Newsroom {

  private Newsroom() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with Newsroom's error handling, for main and for tests. */
  public static CommandLine commandLine() {
    AvroSerde.trustContracts();
    CommandLine cli = new CommandLine(new NewsroomCommand());
    cli.setExecutionExceptionHandler((error, command, parsed) -> {
      // Expected failures (bad configuration, unreachable broker) get one clear line, not a stack trace.
      command.getErr().println("newsroom: " + error.getMessage());
      if (!(error instanceof IllegalArgumentException || error instanceof IllegalStateException)) {
        error.printStackTrace(command.getErr());
      }
      return 2;
    });
    return cli;
  }
}
