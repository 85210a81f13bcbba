package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.Template;
import org.gedkit.netexplorer.model.TemplateFolder;

/** File templates (seed "Template", lines 310-319, 633-640). Thread-safe. */
public final class TemplatesApi {

  private final Ctx ctx;

  TemplatesApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * The id of the template folder ({@code GET /template/folder}; seed lines 633-634; medium confidence).
   *
   * @return the TemplateFolder; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public TemplateFolder folder() {
    return ctx.json(ctx.req(Routes.GET_TEMPLATE_FOLDER).build(), TemplateFolder.class);
  }

  /**
   * The templates of a folder ({@code GET /template/files/{folderId}}; seed lines 635-636; high confidence).
   *
   * @param folderId the folder id
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<Template> list(long folderId) {
    ctx.id(folderId, Routes.GET_TEMPLATE_FILES_FOLDERID, "folderId");
    return ctx.list(ctx.req(Routes.GET_TEMPLATE_FILES_FOLDERID, folderId).build(), Template.class);
  }

  /**
   * Updates a template ({@code PUT /template/file/{templateId}}; seed lines 637-638; high confidence).
   *
   * @param templateId the template id
   * @param changes the fields to set
   * @return the Template; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Template update(long templateId, TemplateChanges changes) {
    ctx.id(templateId, Routes.PUT_TEMPLATE_FILE_TEMPLATEID, "templateId");
    ctx.nonNull(changes, Routes.PUT_TEMPLATE_FILE_TEMPLATEID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_TEMPLATE_FILE_TEMPLATEID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_TEMPLATE_FILE_TEMPLATEID, templateId)
        .jsonBody(changes.toWire()).build(), Template.class);
  }

  /**
   * Deletes a template ({@code DELETE /template/file/{templateId}}; seed lines 639-640; high confidence).
   *
   * @param templateId the template id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long templateId) {
    ctx.id(templateId, Routes.DELETE_TEMPLATE_FILE_TEMPLATEID, "templateId");
    ctx.ok(ctx.req(Routes.DELETE_TEMPLATE_FILE_TEMPLATEID, templateId).build());
  }

  /**
   * Makes a template from a file (body guessed: file_id, name, description) ({@code POST /template/file}; no seed text, route from the listing; medium confidence).
   *
   * @param fileId the file id
   * @param changes the fields to set
   * @return the Template; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Template create(long fileId, TemplateChanges changes) {
    ctx.id(fileId, Routes.POST_TEMPLATE_FILE, "fileId");
    ctx.nonNull(changes, Routes.POST_TEMPLATE_FILE, "changes");
    return ctx.json(ctx.req(Routes.POST_TEMPLATE_FILE)
        .jsonBody(Wire.merge(Wire.obj("file_id", fileId), changes.toWire())).build(), Template.class);
  }

  /**
   * Creates a file from a template in a folder (body guessed: id, folder_id, name) ({@code POST /template/file/copy}; no seed text, route from the listing; medium confidence).
   *
   * @param templateId the template id
   * @param folderId the folder id
   * @param name the name
   * @return the FileInfo; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public FileInfo copy(long templateId, long folderId, String name) {
    ctx.id(templateId, Routes.POST_TEMPLATE_FILE_COPY, "templateId");
    ctx.id(folderId, Routes.POST_TEMPLATE_FILE_COPY, "folderId");
    ctx.nonBlank(name, Routes.POST_TEMPLATE_FILE_COPY, "name");
    return ctx.json(ctx.req(Routes.POST_TEMPLATE_FILE_COPY)
        .jsonBody(Wire.obj("id", templateId, "folder_id", folderId, "name", name)).build(), FileInfo.class);
  }
}
