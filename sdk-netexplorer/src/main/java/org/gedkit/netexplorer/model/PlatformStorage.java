package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Storage section of the platform usage (seed {@code /fzen} example).
 *
 * @param main main storage (wire {@code main}); never null, empty when the server omits it
 * @param archive archive storage (obsolete) (wire {@code archive}); never null, empty when the server omits it
 * @param trashes trashes (wire {@code trashes}); never null, empty when the server omits it
 * @param privateSpaces private spaces (wire {@code private}); never null, empty when the server omits it
 * @param outlook bytes of Outlook connector attachments (wire {@code outlook}); never null, empty when the server omits it
 * @param versions bytes of file versions (wire {@code versions}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record PlatformStorage(
    @JsonProperty("main") Optional<StorageUsage> main,
    @JsonProperty("archive") Optional<StorageUsage> archive,
    @JsonProperty("trashes") Optional<UserSizes> trashes,
    @JsonProperty("private") Optional<UserSizes> privateSpaces,
    @JsonProperty("outlook") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> outlook,
    @JsonProperty("versions") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> versions,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param main main storage (wire {@code main}); never null, empty when the server omits it
   * @param archive archive storage (obsolete) (wire {@code archive}); never null, empty when the server omits it
   * @param trashes trashes (wire {@code trashes}); never null, empty when the server omits it
   * @param privateSpaces private spaces (wire {@code private}); never null, empty when the server omits it
   * @param outlook bytes of Outlook connector attachments (wire {@code outlook}); never null, empty when the server omits it
   * @param versions bytes of file versions (wire {@code versions}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public PlatformStorage {
    main = Norm.opt(main);
    archive = Norm.opt(archive);
    trashes = Norm.opt(trashes);
    privateSpaces = Norm.opt(privateSpaces);
    outlook = Norm.opt(outlook);
    versions = Norm.opt(versions);
    extra = ExtraFields.copyOf(extra);
  }
}
