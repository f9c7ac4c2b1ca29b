package dev.newsroom.producer.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches over HTTP(S) within limits: a clear User-Agent, conditional requests, redirects followed by hand
 * (each hop checked, loops and too many hops refused), one fetch's time and body size bounded, private
 * addresses refused unless allowed, and a polite pause between requests to one host.
 */
public final class Fetcher {

  private static final Logger log = LoggerFactory.getLogger(Fetcher.class);

  private final HttpSettings settings;
  private final HttpClient client;
  private final AddressGuard guard;
  private final HostRateLimiter rateLimiter;

  public Fetcher(HttpSettings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout())
        .build();
    this.guard = new AddressGuard(settings.allowPrivateAddresses());
    this.rateLimiter = new HostRateLimiter(settings.perHostInterval());
  }

  /** Validators from an earlier answer, sent as {@code If-None-Match} and {@code If-Modified-Since}. */
  public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  /**
   * @return a {@code 2xx} answer with its body, or a {@code 304}
   * @throws FetchException for anything else, with the reason
   */
  public FetchResult get(String url, Validators validators) throws FetchException, InterruptedException {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    URI uri = parse(url);
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      guard.check(uri);
      if (!visited.add(uri)) {
        throw new FetchException("redirect loop at " + uri);
      }
      rateLimiter.acquire(uri.getHost());
      HttpResponse<byte[]> response = send(uri, validators, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("location")
            .orElseThrow(() -> new FetchException("HTTP " + status + " without Location from " + url));
        if (hop >= settings.maxRedirects()) {
          throw new FetchException("more than " + settings.maxRedirects() + " redirects from " + url);
        }
        uri = uri.resolve(location.strip());
        continue;
      }
      if (status != 304 && (status < 200 || status >= 300)) {
        throw new FetchException("HTTP " + status + " from " + uri);
      }
      log.debug("GET {} -> {} ({} bytes)", uri, status, response.body().length);
      return new FetchResult(status, uri.toString(), response.body(),
          response.headers().firstValue("content-type").orElse(null),
          response.headers().firstValue("etag").orElse(null),
          response.headers().firstValue("last-modified").orElse(null));
    }
  }

  private HttpResponse<byte[]> send(URI uri, Validators validators, long deadline)
      throws FetchException, InterruptedException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new FetchException("timed out after " + settings.timeout().toMillis() + " ms fetching " + uri);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
        .timeout(Duration.ofNanos(remaining))
        .header("User-Agent", settings.userAgent())
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html, "
            + "application/pdf;q=0.9, */*;q=0.5");
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    CompletableFuture<HttpResponse<byte[]>> call =
        client.sendAsync(request.build(), info -> new LimitedBody(settings.maxBodyBytes()));
    try {
      return call.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new FetchException("timed out after " + settings.timeout().toMillis() + " ms fetching " + uri);
    } catch (InterruptedException e) {
      call.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof IOException && cause.getCause() instanceof LimitedBody.TooLarge) {
        cause = cause.getCause();
      }
      if (cause instanceof LimitedBody.TooLarge) {
        throw new FetchException(cause.getMessage() + " from " + uri);
      }
      if (cause instanceof HttpTimeoutException) {
        throw new FetchException("timed out after " + settings.timeout().toMillis() + " ms fetching " + uri);
      }
      if (cause instanceof ConnectException) {
        throw new FetchException("cannot connect to " + uri.getHost() + ":" + port(uri), cause);
      }
      throw new FetchException("fetching " + uri + " failed: " + cause, cause);
    }
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static URI parse(String url) throws FetchException {
    try {
      return URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException("'" + url + "' is not a URL");
    }
  }
}
