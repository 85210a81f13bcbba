package org.gedkit.netexplorer;

import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.Annotation;

/** Annotations of files and folders (seed "Annotations", lines 85-95, 654-667). Thread-safe. */
public final class AnnotationsApi {

  private final Ctx ctx;

  AnnotationsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One annotation ({@code GET /annotation/{annotationId}}; seed lines 654-655; high confidence).
   *
   * @param annotationId the annotation id
   * @return the Annotation; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Annotation get(long annotationId) {
    ctx.id(annotationId, Routes.GET_ANNOTATION_ANNOTATIONID, "annotationId");
    return ctx.json(ctx.req(Routes.GET_ANNOTATION_ANNOTATIONID, annotationId).build(), Annotation.class);
  }

  /**
   * The annotations of a file or folder, page by page ({@code GET /annotations/{targetId}/{type}}; seed lines 656-657; high confidence).
   *
   * @param targetId the target id
   * @param type file or folder
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Annotation> listForTarget(long targetId, TargetType type, int pageSize) {
    ctx.id(targetId, Routes.GET_ANNOTATIONS_TARGETID_TYPE, "targetId");
    ctx.nonNull(type, Routes.GET_ANNOTATIONS_TARGETID_TYPE, "type");
    return ctx.paged(Routes.GET_ANNOTATIONS_TARGETID_TYPE, pageSize, ol -> ctx.req(Routes.GET_ANNOTATIONS_TARGETID_TYPE, targetId, type.wire())
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Annotation.class);
  }

  /**
   * Every annotation the user can see, page by page ({@code GET /annotations/all}; seed lines 658; medium confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<Annotation> listAll(int pageSize) {
    return ctx.paged(Routes.GET_ANNOTATIONS_ALL, pageSize, ol -> ctx.req(Routes.GET_ANNOTATIONS_ALL)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), Annotation.class);
  }

  /**
   * Creates an annotation ({@code POST /annotation}; seed lines 659-660; high confidence).
   *
   * @param targetId the target id
   * @param type file or folder
   * @param text the text
   * @return the Annotation; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Annotation create(long targetId, TargetType type, String text) {
    ctx.id(targetId, Routes.POST_ANNOTATION, "targetId");
    ctx.nonNull(type, Routes.POST_ANNOTATION, "type");
    ctx.nonBlank(text, Routes.POST_ANNOTATION, "text");
    return ctx.json(ctx.req(Routes.POST_ANNOTATION)
        .jsonBody(Wire.obj("target_id", targetId, "target_type", type.wire(), "text", text)).build(), Annotation.class);
  }

  /**
   * Changes the text of an annotation ({@code PUT /annotation/{annotationId}}; seed lines 661-663; high confidence).
   *
   * @param annotationId the annotation id
   * @param text the text
   * @return the Annotation; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Annotation edit(long annotationId, String text) {
    ctx.id(annotationId, Routes.PUT_ANNOTATION_ANNOTATIONID, "annotationId");
    ctx.nonBlank(text, Routes.PUT_ANNOTATION_ANNOTATIONID, "text");
    return ctx.json(ctx.req(Routes.PUT_ANNOTATION_ANNOTATIONID, annotationId)
        .jsonBody(Wire.obj("text", text)).build(), Annotation.class);
  }

  /**
   * Bulk update of every annotation (no input, no output; probably marks them read) ({@code PUT /annotations/all}; seed lines 664-665; medium confidence).
   *
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void editAll() {
    ctx.ok(ctx.req(Routes.PUT_ANNOTATIONS_ALL).build());
  }

  /**
   * Deletes an annotation ({@code DELETE /annotation/{annotationId}}; seed lines 666-667; high confidence).
   *
   * @param annotationId the annotation id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long annotationId) {
    ctx.id(annotationId, Routes.DELETE_ANNOTATION_ANNOTATIONID, "annotationId");
    ctx.ok(ctx.req(Routes.DELETE_ANNOTATION_ANNOTATIONID, annotationId).build());
  }
}
