package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.Signature;
import org.gedkit.netexplorer.model.SignatureActivity;
import org.gedkit.netexplorer.model.SignatureActor;
import org.gedkit.netexplorer.model.SignatureDocument;
import org.gedkit.netexplorer.model.SignatureField;

/** Electronic signature requests (new e-signature module; routes known only from the listing, no object schema: request and reply fields guessed). Thread-safe. */
public final class SignaturesApi {

  private final Ctx ctx;

  SignaturesApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Updates a signature request (the listing spells this path /signature/, singular) ({@code PATCH /signature/{signatureId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param changes the fields to set
   * @return the Signature; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Signature update(long signatureId, SignatureChanges changes) {
    ctx.id(signatureId, Routes.PATCH_SIGNATURE_SIGNATUREID, "signatureId");
    ctx.nonNull(changes, Routes.PATCH_SIGNATURE_SIGNATUREID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PATCH_SIGNATURE_SIGNATUREID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PATCH_SIGNATURE_SIGNATUREID, signatureId)
        .jsonBody(changes.toWire()).build(), Signature.class);
  }

  /**
   * The signature requests sent, page by page (paging assumed) ({@code GET /signatures}; no seed text, route from the listing; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Signature> list(int pageSize) {
    return ctx.paged(Routes.GET_SIGNATURES, pageSize, ol -> ctx.req(Routes.GET_SIGNATURES)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Signature.class);
  }

  /**
   * Creates a signature request (a draft) ({@code POST /signatures}; no seed text, route from the listing; medium confidence).
   *
   * @param name the name
   * @param changes the fields to set
   * @return the Signature; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Signature create(String name, SignatureChanges changes) {
    ctx.nonBlank(name, Routes.POST_SIGNATURES, "name");
    ctx.nonNull(changes, Routes.POST_SIGNATURES, "changes");
    return ctx.json(ctx.req(Routes.POST_SIGNATURES)
        .jsonBody(Wire.merge(Wire.obj("name", name), changes.toWire())).build(), Signature.class);
  }

  /**
   * Exports the requests sent (a file) ({@code GET /signatures/export}; no seed text, route from the listing; medium confidence).
   *
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult export(DownloadTarget target) {
    ctx.nonNull(target, Routes.GET_SIGNATURES_EXPORT, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SIGNATURES_EXPORT).build(), target, DownloadOptions.defaults());
  }

  /**
   * The signature requests received, page by page (paging assumed) ({@code GET /signatures/received}; no seed text, route from the listing; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Signature> received(int pageSize) {
    return ctx.paged(Routes.GET_SIGNATURES_RECEIVED, pageSize, ol -> ctx.req(Routes.GET_SIGNATURES_RECEIVED)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Signature.class);
  }

  /**
   * Exports the requests received (a file) ({@code GET /signatures/received/export}; no seed text, route from the listing; medium confidence).
   *
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult exportReceived(DownloadTarget target) {
    ctx.nonNull(target, Routes.GET_SIGNATURES_RECEIVED_EXPORT, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SIGNATURES_RECEIVED_EXPORT).build(), target, DownloadOptions.defaults());
  }

  /**
   * One signature request ({@code GET /signatures/{signatureId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @return the Signature; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Signature get(long signatureId) {
    ctx.id(signatureId, Routes.GET_SIGNATURES_SIGNATUREID, "signatureId");
    return ctx.json(ctx.req(Routes.GET_SIGNATURES_SIGNATUREID, signatureId).build(), Signature.class);
  }

  /**
   * Deletes a signature request ({@code DELETE /signatures/{signatureId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long signatureId) {
    ctx.id(signatureId, Routes.DELETE_SIGNATURES_SIGNATUREID, "signatureId");
    ctx.ok(ctx.req(Routes.DELETE_SIGNATURES_SIGNATUREID, signatureId).build());
  }

  /**
   * Activates (sends) a signature request ({@code POST /signatures/{signatureId}/activate}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @return the Signature; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Signature activate(long signatureId) {
    ctx.id(signatureId, Routes.POST_SIGNATURES_SIGNATUREID_ACTIVATE, "signatureId");
    return ctx.json(ctx.req(Routes.POST_SIGNATURES_SIGNATUREID_ACTIVATE, signatureId).build(), Signature.class);
  }

  /**
   * The activity of a signature request ({@code GET /signatures/{signatureId}/activities}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<SignatureActivity> activities(long signatureId) {
    ctx.id(signatureId, Routes.GET_SIGNATURES_SIGNATUREID_ACTIVITIES, "signatureId");
    return ctx.list(ctx.req(Routes.GET_SIGNATURES_SIGNATUREID_ACTIVITIES, signatureId).build(), SignatureActivity.class);
  }

  /**
   * Exports the activity of a signature request (a file) ({@code GET /signatures/{signatureId}/activities/export}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult exportActivities(long signatureId, DownloadTarget target) {
    ctx.id(signatureId, Routes.GET_SIGNATURES_SIGNATUREID_ACTIVITIES_EXPORT, "signatureId");
    ctx.nonNull(target, Routes.GET_SIGNATURES_SIGNATUREID_ACTIVITIES_EXPORT, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SIGNATURES_SIGNATUREID_ACTIVITIES_EXPORT, signatureId).build(), target, DownloadOptions.defaults());
  }

  /**
   * Adds an actor (signer) to a request ({@code POST /signatures/{signatureId}/actors}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param email the email
   * @param changes the fields to set
   * @return the SignatureActor; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public SignatureActor addActor(long signatureId, String email, ActorChanges changes) {
    ctx.id(signatureId, Routes.POST_SIGNATURES_SIGNATUREID_ACTORS, "signatureId");
    ctx.nonBlank(email, Routes.POST_SIGNATURES_SIGNATUREID_ACTORS, "email");
    ctx.nonNull(changes, Routes.POST_SIGNATURES_SIGNATUREID_ACTORS, "changes");
    return ctx.json(ctx.req(Routes.POST_SIGNATURES_SIGNATUREID_ACTORS, signatureId)
        .jsonBody(Wire.merge(Wire.obj("email", email), changes.toWire())).build(), SignatureActor.class);
  }

  /**
   * Downloads the audit trail of every actor (a file) ({@code GET /signatures/{signatureId}/actors/audit}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult auditAll(long signatureId, DownloadTarget target) {
    ctx.id(signatureId, Routes.GET_SIGNATURES_SIGNATUREID_ACTORS_AUDIT, "signatureId");
    ctx.nonNull(target, Routes.GET_SIGNATURES_SIGNATUREID_ACTORS_AUDIT, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SIGNATURES_SIGNATUREID_ACTORS_AUDIT, signatureId).build(), target, DownloadOptions.defaults());
  }

  /**
   * Reminds every actor who has not signed ({@code POST /signatures/{signatureId}/actors/remind}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void remindAll(long signatureId) {
    ctx.id(signatureId, Routes.POST_SIGNATURES_SIGNATUREID_ACTORS_REMIND, "signatureId");
    ctx.ok(ctx.req(Routes.POST_SIGNATURES_SIGNATUREID_ACTORS_REMIND, signatureId).build());
  }

  /**
   * Removes an actor ({@code DELETE /signatures/{signatureId}/actors/{actorId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param actorId the actor id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void removeActor(long signatureId, long actorId) {
    ctx.id(signatureId, Routes.DELETE_SIGNATURES_SIGNATUREID_ACTORS_ACTORID, "signatureId");
    ctx.id(actorId, Routes.DELETE_SIGNATURES_SIGNATUREID_ACTORS_ACTORID, "actorId");
    ctx.ok(ctx.req(Routes.DELETE_SIGNATURES_SIGNATUREID_ACTORS_ACTORID, signatureId, actorId).build());
  }

  /**
   * Downloads the audit trail of one actor (a file) ({@code GET /signatures/{signatureId}/actors/{actorId}/audit}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param actorId the actor id
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult audit(long signatureId, long actorId, DownloadTarget target) {
    ctx.id(signatureId, Routes.GET_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_AUDIT, "signatureId");
    ctx.id(actorId, Routes.GET_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_AUDIT, "actorId");
    ctx.nonNull(target, Routes.GET_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_AUDIT, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_AUDIT, signatureId, actorId).build(), target, DownloadOptions.defaults());
  }

  /**
   * Reminds one actor ({@code POST /signatures/{signatureId}/actors/{actorId}/remind}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param actorId the actor id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void remind(long signatureId, long actorId) {
    ctx.id(signatureId, Routes.POST_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_REMIND, "signatureId");
    ctx.id(actorId, Routes.POST_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_REMIND, "actorId");
    ctx.ok(ctx.req(Routes.POST_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_REMIND, signatureId, actorId).build());
  }

  /**
   * Cancels a signature request ({@code POST /signatures/{signatureId}/cancel}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void cancel(long signatureId) {
    ctx.id(signatureId, Routes.POST_SIGNATURES_SIGNATUREID_CANCEL, "signatureId");
    ctx.ok(ctx.req(Routes.POST_SIGNATURES_SIGNATUREID_CANCEL, signatureId).build());
  }

  /**
   * Downloads every signed document (a file) ({@code GET /signatures/{signatureId}/documents/signed}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult signedDocuments(long signatureId, DownloadTarget target) {
    ctx.id(signatureId, Routes.GET_SIGNATURES_SIGNATUREID_DOCUMENTS_SIGNED, "signatureId");
    ctx.nonNull(target, Routes.GET_SIGNATURES_SIGNATUREID_DOCUMENTS_SIGNED, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SIGNATURES_SIGNATUREID_DOCUMENTS_SIGNED, signatureId).build(), target, DownloadOptions.defaults());
  }

  /**
   * Renames a document of a request (body guessed) ({@code PATCH /signatures/{signatureId}/documents/{documentId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param documentId the document id
   * @param name the name
   * @return the SignatureDocument; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public SignatureDocument updateDocument(long signatureId, long documentId, String name) {
    ctx.id(signatureId, Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID, "signatureId");
    ctx.id(documentId, Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID, "documentId");
    ctx.nonBlank(name, Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID, "name");
    return ctx.json(ctx.req(Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID, signatureId, documentId)
        .jsonBody(Wire.obj("name", name)).build(), SignatureDocument.class);
  }

  /**
   * Removes a document ({@code DELETE /signatures/{signatureId}/documents/{documentId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param documentId the document id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void removeDocument(long signatureId, long documentId) {
    ctx.id(signatureId, Routes.DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID, "signatureId");
    ctx.id(documentId, Routes.DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID, "documentId");
    ctx.ok(ctx.req(Routes.DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID, signatureId, documentId).build());
  }

  /**
   * Places a signature field on a document ({@code POST /signatures/{signatureId}/documents/{documentId}/fields}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param documentId the document id
   * @param field the field
   * @return the SignatureField; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public SignatureField addField(long signatureId, long documentId, SignatureFieldChanges field) {
    ctx.id(signatureId, Routes.POST_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS, "signatureId");
    ctx.id(documentId, Routes.POST_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS, "documentId");
    ctx.nonNull(field, Routes.POST_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS, "field");
    ctx.check(!field.toWire().isEmpty(), Routes.POST_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS, "field must set at least one field");
    return ctx.json(ctx.req(Routes.POST_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS, signatureId, documentId)
        .jsonBody(field.toWire()).build(), SignatureField.class);
  }

  /**
   * Moves a signature field ({@code PATCH /signatures/{signatureId}/documents/{documentId}/fields/{fieldId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param documentId the document id
   * @param fieldId the field id
   * @param field the field
   * @return the SignatureField; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public SignatureField updateField(long signatureId, long documentId, long fieldId, SignatureFieldChanges field) {
    ctx.id(signatureId, Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, "signatureId");
    ctx.id(documentId, Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, "documentId");
    ctx.id(fieldId, Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, "fieldId");
    ctx.nonNull(field, Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, "field");
    ctx.check(!field.toWire().isEmpty(), Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, "field must set at least one field");
    return ctx.json(ctx.req(Routes.PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, signatureId, documentId, fieldId)
        .jsonBody(field.toWire()).build(), SignatureField.class);
  }

  /**
   * Removes a signature field ({@code DELETE /signatures/{signatureId}/documents/{documentId}/fields/{fieldId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param documentId the document id
   * @param fieldId the field id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void removeField(long signatureId, long documentId, long fieldId) {
    ctx.id(signatureId, Routes.DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, "signatureId");
    ctx.id(documentId, Routes.DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, "documentId");
    ctx.id(fieldId, Routes.DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, "fieldId");
    ctx.ok(ctx.req(Routes.DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID, signatureId, documentId, fieldId).build());
  }

  /**
   * Downloads one signed document ({@code GET /signatures/{signatureId}/documents/{documentId}/signed}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param documentId the document id
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult signedDocument(long signatureId, long documentId, DownloadTarget target) {
    ctx.id(signatureId, Routes.GET_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_SIGNED, "signatureId");
    ctx.id(documentId, Routes.GET_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_SIGNED, "documentId");
    ctx.nonNull(target, Routes.GET_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_SIGNED, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_SIGNED, signatureId, documentId).build(), target, DownloadOptions.defaults());
  }

  /**
   * Adds a platform file to a request as a document ({@code POST /signatures/{signatureId}/documents/{fileId}}; no seed text, route from the listing; medium confidence).
   *
   * @param signatureId the signature id
   * @param fileId the file id
   * @return the SignatureDocument; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public SignatureDocument addDocument(long signatureId, long fileId) {
    ctx.id(signatureId, Routes.POST_SIGNATURES_SIGNATUREID_DOCUMENTS_FILEID, "signatureId");
    ctx.id(fileId, Routes.POST_SIGNATURES_SIGNATUREID_DOCUMENTS_FILEID, "fileId");
    return ctx.json(ctx.req(Routes.POST_SIGNATURES_SIGNATUREID_DOCUMENTS_FILEID, signatureId, fileId).build(), SignatureDocument.class);
  }
}
