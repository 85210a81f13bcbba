package org.gedkit.parapheur.store;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.store.DocumentStoreProvider;
import org.gedkit.core.store.StoreConfig;
import org.gedkit.parapheur.AuthMode;
import org.gedkit.parapheur.ParapheurClient;

/**
 * Opens a {@link ParapheurDocumentStore} for {@code Gedkit.connect("parapheur+https://host", settings)}.
 * Settings (or {@code GEDKIT_PARAPHEUR_USER} / {@code _PASSWORD} / {@code _TOKEN}):
 * <ul>
 *   <li>{@code user} and {@code password}: sent as HTTP Basic on every call (what REST users need);</li>
 *   <li>{@code auth=token}: use them for the web-user token flow instead ({@code auth=basic} is the
 *       default);</li>
 *   <li>{@code token}: a JWT obtained elsewhere, sent as {@code Bearer} (used when no user is given);</li>
 *   <li>{@code serverZone}: the zone of 20.03 servers' dates without offset, e.g. {@code Europe/Paris}
 *       (UTC by default);</li>
 *   <li>{@code content}: {@code signed-document} (default) or {@code proof-folder}, what a download
 *       delivers ({@link ParapheurDocumentStore.Content}).</li>
 * </ul>
 * Registered through {@code META-INF/services}.
 */
public final class ParapheurStoreProvider implements DocumentStoreProvider {

  /** The scheme: {@code parapheur}. */
  public static final String SCHEME = "parapheur";

  /** Creates the provider (ServiceLoader calls it). */
  public ParapheurStoreProvider() {}

  @Override
  public String scheme() {
    return SCHEME;
  }

  /**
   * Builds a client from the configuration and wraps it. Nothing is sent.
   *
   * @param config the base URL and the settings above
   * @return the store; never null
   * @throws InvalidArgumentException when credentials are missing or a setting has an unknown value
   */
  @Override
  public DocumentStore open(StoreConfig config) {
    ErrorDetails d = ErrorDetails.of(SCHEME, "connect");
    if (config == null) {
      throw new InvalidArgumentException("config must not be null", d);
    }
    ParapheurClient.Builder b = ParapheurClient.builder().baseUrl(config.baseUrl());
    String auth = config.get("auth").orElse("basic").trim().toLowerCase(Locale.ROOT);
    if (!auth.equals("basic") && !auth.equals("token")) {
      throw new InvalidArgumentException("auth must be \"basic\" or \"token\", was \"" + auth + "\"", d);
    }
    if (config.user().isPresent()) {
      String password = config.password().orElseThrow(() -> new InvalidArgumentException(
          "Maarch Parapheur needs a \"password\" with the \"user\" (or GEDKIT_PARAPHEUR_PASSWORD)", d));
      b.credentials(Credentials.password(config.user().get(), password))
          .authMode(auth.equals("token") ? AuthMode.TOKEN : AuthMode.BASIC);
    } else if (config.token().isPresent()) {
      b.credentials(Credentials.token(config.token().get()));
    } else {
      throw new InvalidArgumentException("Maarch Parapheur needs \"user\" and \"password\" (HTTP Basic; add"
          + " auth=token for the web-user token flow) or a ready-made \"token\"", d);
    }
    if (config.get("serverZone").isPresent()) {
      try {
        b.serverZone(ZoneId.of(config.get("serverZone").get().trim()));
      } catch (DateTimeException e) {
        throw new InvalidArgumentException("serverZone is not a time zone: " + e.getMessage(), d);
      }
    }
    String content = config.get("content").orElse("signed-document").trim().toLowerCase(Locale.ROOT);
    ParapheurDocumentStore.Content kind = switch (content) {
      case "signed-document" -> ParapheurDocumentStore.Content.SIGNED_DOCUMENT;
      case "proof-folder" -> ParapheurDocumentStore.Content.PROOF_FOLDER;
      default -> throw new InvalidArgumentException("content must be \"signed-document\" or \"proof-folder\", was \""
          + content + "\"", d);
    };
    return new ParapheurDocumentStore(b.build(), kind);
  }

  @Override
  public String toString() {
    return "ParapheurStoreProvider[" + SCHEME + "]";
  }
}
