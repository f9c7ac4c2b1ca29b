package dev.newsroom.schemas.run;

/**
 * A JVM shutdown hook for as long as it is open: Ctrl-C or SIGTERM runs it; {@link #close} takes it away again,
 * quietly when the JVM is already shutting down (the hook then runs, or ran, anyway). Every long-running command
 * (streams, alerts, ingest) stops this way.
 */
public final class ShutdownHook implements AutoCloseable {

  private final Thread thread;

  private ShutdownHook(Thread thread) {
    this.thread = thread;
  }

  /** Installs {@code action} to run on a thread named {@code name} when the JVM shuts down. */
  public static ShutdownHook install(String name, Runnable action) {
    Thread thread = new Thread(action, name);
    Runtime.getRuntime().addShutdownHook(thread);
    return new ShutdownHook(thread);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(thread);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is already exiting; the hook runs anyway
    }
  }
}
