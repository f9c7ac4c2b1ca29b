package dev.newsroom.app;

import dev.newsroom.app.kafka.Folders;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a running {@link Pipeline} on the shared broker of {@link KafkaBrokerExtension}, with fresh
 * topics and a state folder of its own, closed and removed when the test ends: in every field of type
 * {@code Pipeline} of the test class, and as a parameter of the test or of a {@code @BeforeEach} method (within
 * one test all get the same pipeline).
 */
public final class PipelineExtension implements BeforeEachCallback, ParameterResolver {

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Field field : instance.getClass().getDeclaredFields()) {
        if (field.getType() == Pipeline.class && !Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          field.set(instance, pipeline(context));
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Pipeline.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return pipeline(context);
  }

  private static Pipeline pipeline(ExtensionContext context) {
    // The store of the test's own context is closed when the test ends, after its @AfterEach methods.
    return context.getStore(ExtensionContext.Namespace.create(PipelineExtension.class))
        .getOrComputeIfAbsent(Pipeline.class, key -> start(context), Running.class).pipeline();
  }

  private static Running start(ExtensionContext context) {
    try {
      Path state = Files.createTempDirectory("newsroom-it-state-");
      return new Running(new Pipeline(KafkaBrokerExtension.broker(context), state), state);
    } catch (IOException e) {
      throw new IllegalStateException("cannot make a state folder for the pipeline", e);
    }
  }

  record Running(Pipeline pipeline, Path state) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws IOException {
      try {
        pipeline.close();
      } finally {
        Folders.deleteTree(state);
      }
    }
  }
}
