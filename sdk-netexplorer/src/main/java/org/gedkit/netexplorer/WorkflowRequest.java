package org.gedkit.netexplorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.Wire;

/**
 * A new workflow (flux) instance ({@code POST /workflow/instance}, seed lines 817-855): the flux type, the files, and
 * the validators or signers with their signature fields, sent as
 * {@code {"flux":{"id":N},"properties":{"objects":[...],"validation":{...},"comment":"...","signatures":[...],
 * "signature_fields":[...],"send_copy":true}}}. Flux ids: 1 document validation, 2 scanned handwritten signature,
 * 3 eIDAS simple signature, 4 validation of several documents, 5 eIDAS advanced signature. Immutable.
 */
public final class WorkflowRequest {

  private final Map<String, Object> wire;

  private WorkflowRequest(Map<String, Object> wire) {
    this.wire = Collections.unmodifiableMap(wire);
  }

  /**
   * Starts a request for a flux type.
   *
   * @param fluxId the flux id, 1 to 5
   * @return a builder; never null
   * @throws IllegalArgumentException when fluxId is not between 1 and 5
   */
  public static Builder builder(int fluxId) {
    if (fluxId < 1 || fluxId > 5) {
      throw new IllegalArgumentException("fluxId must be between 1 and 5, was " + fluxId);
    }
    return new Builder(fluxId);
  }

  /** The wire form; a new ordered map. */
  Map<String, Object> toWire() {
    return new LinkedHashMap<>(wire);
  }

  @Override
  public String toString() {
    return "WorkflowRequest" + wire;
  }

  /** Builds a {@link WorkflowRequest}. Not thread-safe. */
  public static final class Builder {
    private final int fluxId;
    private final List<Object> objects = new ArrayList<>();
    private final List<Object> external = new ArrayList<>();
    private final List<Object> internal = new ArrayList<>();
    private final List<Object> signers = new ArrayList<>();
    private final List<Object> fields = new ArrayList<>();
    private String comment;
    private Boolean sendCopy;

    private Builder(int fluxId) {
      this.fluxId = fluxId;
    }

    /**
     * Adds a file to validate or sign.
     *
     * @param fileId the file id
     * @return this builder
     */
    public Builder object(long fileId) {
      objects.add(Wire.obj("type", "file", "id", fileId));
      return this;
    }

    /**
     * Adds an external validator (flux 1 and 4).
     *
     * @param email the e-mail
     * @return this builder
     * @throws org.gedkit.core.error.InvalidArgumentException when email is null
     */
    public Builder externalValidator(String email) {
      external.add(Wire.obj("email", InvalidArgumentException.requireNonNull(email, "email", NetExplorerClient.BACKEND)));
      return this;
    }

    /**
     * Adds an internal validator (flux 1 and 4).
     *
     * @param name display name; may be null
     * @param email the e-mail
     * @param userId the user id
     * @return this builder
     * @throws org.gedkit.core.error.InvalidArgumentException when email is null
     */
    public Builder internalValidator(String name, String email, long userId) {
      internal.add(Wire.obj("name", name, "email", InvalidArgumentException.requireNonNull(email, "email", NetExplorerClient.BACKEND), "id", userId));
      return this;
    }

    /**
     * A comment shown in the e-mail and the validation page.
     *
     * @param text the comment
     * @return this builder
     */
    public Builder comment(String text) {
      this.comment = text;
      return this;
    }

    /**
     * Adds a signer (flux 2, 3 and 5; first and last names are required by flux 5).
     *
     * @param firstname first name; may be null
     * @param lastname last name; may be null
     * @param email the e-mail
     * @param userId the user id for an internal signer, or null for an external one
     * @return this builder
     * @throws org.gedkit.core.error.InvalidArgumentException when email is null
     */
    public Builder signer(String firstname, String lastname, String email, Long userId) {
      signers.add(Wire.obj("firstname", firstname, "lastname", lastname, "email",
          InvalidArgumentException.requireNonNull(email, "email", NetExplorerClient.BACKEND), "id", userId));
      return this;
    }

    /**
     * Places a signature stamp; coordinates start at the bottom left of the page.
     *
     * @param x x
     * @param y y
     * @param page the page, from 1
     * @param signerIndex the index of the signer in the order they were added
     * @param document the index of the document in the order they were added
     * @return this builder
     */
    public Builder signatureField(int x, int y, int page, int signerIndex, int document) {
      fields.add(Wire.obj("x", x, "y", y, "page", page, "signerIndex", signerIndex, "document", document));
      return this;
    }

    /**
     * Sends a copy of the signed documents to the recipients.
     *
     * @param value whether to
     * @return this builder
     */
    public Builder sendCopy(boolean value) {
      this.sendCopy = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request; never null
     */
    public WorkflowRequest build() {
      Map<String, Object> props = new LinkedHashMap<>();
      if (!objects.isEmpty()) {
        props.put("objects", List.copyOf(objects));
      }
      if (!external.isEmpty() || !internal.isEmpty()) {
        props.put("validation", Wire.obj("externe", List.copyOf(external), "interne", List.copyOf(internal)));
      }
      if (comment != null) {
        props.put("comment", comment);
      }
      if (!signers.isEmpty()) {
        props.put("signatures", List.copyOf(signers));
      }
      if (!fields.isEmpty()) {
        props.put("signature_fields", List.copyOf(fields));
      }
      if (sendCopy != null) {
        props.put("send_copy", sendCopy);
      }
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("flux", Wire.obj("id", fluxId));
      if (!props.isEmpty()) {
        w.put("properties", props);
      }
      return new WorkflowRequest(w);
    }
  }
}
