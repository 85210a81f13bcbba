package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.model.Tag;
import org.gedkit.netexplorer.model.TagCategory;
import org.gedkit.netexplorer.model.TagColor;

/** Tags and tag categories (routes known only from the listing, no object schema: fields guessed). Thread-safe. */
public final class TagsApi {

  private final Ctx ctx;

  TagsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates a tag ({@code POST /tag}; no seed text, route from the listing; medium confidence).
   *
   * @param name the name
   * @param changes the fields to set
   * @return the Tag; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Tag create(String name, TagChanges changes) {
    ctx.nonBlank(name, Routes.POST_TAG, "name");
    ctx.nonNull(changes, Routes.POST_TAG, "changes");
    return ctx.json(ctx.req(Routes.POST_TAG)
        .jsonBody(Wire.merge(Wire.obj("name", name), changes.toWire())).build(), Tag.class);
  }

  /**
   * Every tag category ({@code GET /tag/categories}; no seed text, route from the listing; medium confidence).
   *
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<TagCategory> categories() {
    return ctx.list(ctx.req(Routes.GET_TAG_CATEGORIES).build(), TagCategory.class);
  }

  /**
   * The categories with a tag attached to a file or folder ({@code GET /tag/categories/attached/{elementId}/{type}}; no seed text, route from the listing; medium confidence).
   *
   * @param elementId the element id
   * @param type file or folder
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<TagCategory> attachedCategories(long elementId, TargetType type) {
    ctx.id(elementId, Routes.GET_TAG_CATEGORIES_ATTACHED_ELEMENTID_TYPE, "elementId");
    ctx.nonNull(type, Routes.GET_TAG_CATEGORIES_ATTACHED_ELEMENTID_TYPE, "type");
    return ctx.list(ctx.req(Routes.GET_TAG_CATEGORIES_ATTACHED_ELEMENTID_TYPE, elementId, type.wire()).build(), TagCategory.class);
  }

  /**
   * The categories available for a file or folder ({@code GET /tag/categories/{elementId}/{type}}; no seed text, route from the listing; medium confidence).
   *
   * @param elementId the element id
   * @param type file or folder
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<TagCategory> elementCategories(long elementId, TargetType type) {
    ctx.id(elementId, Routes.GET_TAG_CATEGORIES_ELEMENTID_TYPE, "elementId");
    ctx.nonNull(type, Routes.GET_TAG_CATEGORIES_ELEMENTID_TYPE, "type");
    return ctx.list(ctx.req(Routes.GET_TAG_CATEGORIES_ELEMENTID_TYPE, elementId, type.wire()).build(), TagCategory.class);
  }

  /**
   * Creates a category ({@code POST /tag/category}; no seed text, route from the listing; medium confidence).
   *
   * @param name the name
   * @param changes the fields to set
   * @return the TagCategory; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public TagCategory createCategory(String name, TagCategoryChanges changes) {
    ctx.nonBlank(name, Routes.POST_TAG_CATEGORY, "name");
    ctx.nonNull(changes, Routes.POST_TAG_CATEGORY, "changes");
    return ctx.json(ctx.req(Routes.POST_TAG_CATEGORY)
        .jsonBody(Wire.merge(Wire.obj("name", name), changes.toWire())).build(), TagCategory.class);
  }

  /**
   * One category ({@code GET /tag/category/{categoryId}}; no seed text, route from the listing; medium confidence).
   *
   * @param categoryId the category id
   * @return the TagCategory; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public TagCategory category(long categoryId) {
    ctx.id(categoryId, Routes.GET_TAG_CATEGORY_CATEGORYID, "categoryId");
    return ctx.json(ctx.req(Routes.GET_TAG_CATEGORY_CATEGORYID, categoryId).build(), TagCategory.class);
  }

  /**
   * Updates a category ({@code PUT /tag/category/{categoryId}}; no seed text, route from the listing; medium confidence).
   *
   * @param categoryId the category id
   * @param changes the fields to set
   * @return the TagCategory; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public TagCategory updateCategory(long categoryId, TagCategoryChanges changes) {
    ctx.id(categoryId, Routes.PUT_TAG_CATEGORY_CATEGORYID, "categoryId");
    ctx.nonNull(changes, Routes.PUT_TAG_CATEGORY_CATEGORYID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_TAG_CATEGORY_CATEGORYID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_TAG_CATEGORY_CATEGORYID, categoryId)
        .jsonBody(changes.toWire()).build(), TagCategory.class);
  }

  /**
   * Deletes a category ({@code DELETE /tag/category/{categoryId}}; no seed text, route from the listing; medium confidence).
   *
   * @param categoryId the category id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void deleteCategory(long categoryId) {
    ctx.id(categoryId, Routes.DELETE_TAG_CATEGORY_CATEGORYID, "categoryId");
    ctx.ok(ctx.req(Routes.DELETE_TAG_CATEGORY_CATEGORYID, categoryId).build());
  }

  /**
   * One category with the tags of a file or folder ({@code GET /tag/category/{categoryId}/{elementId}/{type}}; no seed text, route from the listing; medium confidence).
   *
   * @param categoryId the category id
   * @param elementId the element id
   * @param type file or folder
   * @return the TagCategory; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public TagCategory elementCategory(long categoryId, long elementId, TargetType type) {
    ctx.id(categoryId, Routes.GET_TAG_CATEGORY_CATEGORYID_ELEMENTID_TYPE, "categoryId");
    ctx.id(elementId, Routes.GET_TAG_CATEGORY_CATEGORYID_ELEMENTID_TYPE, "elementId");
    ctx.nonNull(type, Routes.GET_TAG_CATEGORY_CATEGORYID_ELEMENTID_TYPE, "type");
    return ctx.json(ctx.req(Routes.GET_TAG_CATEGORY_CATEGORYID_ELEMENTID_TYPE, categoryId, elementId, type.wire()).build(), TagCategory.class);
  }

  /**
   * Grants or revokes tags on a folder (body guessed: tags = the tag ids to keep) ({@code POST /tag/{folderId}/folder}; no seed text, route from the listing; medium confidence).
   *
   * @param folderId the folder id
   * @param tagIds the ids of the tags the folder keeps
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void setFolderTags(long folderId, List<Long> tagIds) {
    ctx.id(folderId, Routes.POST_TAG_FOLDERID_FOLDER, "folderId");
    ctx.nonNull(tagIds, Routes.POST_TAG_FOLDERID_FOLDER, "tagIds");
    ctx.ok(ctx.req(Routes.POST_TAG_FOLDERID_FOLDER, folderId)
        .jsonBody(Wire.obj("tags", tagIds)).build());
  }

  /**
   * One tag ({@code GET /tag/{tagId}}; no seed text, route from the listing; medium confidence).
   *
   * @param tagId the tag id
   * @return the Tag; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Tag get(long tagId) {
    ctx.id(tagId, Routes.GET_TAG_TAGID, "tagId");
    return ctx.json(ctx.req(Routes.GET_TAG_TAGID, tagId).build(), Tag.class);
  }

  /**
   * Deletes a tag ({@code DELETE /tag/{tagId}}; no seed text, route from the listing; medium confidence).
   *
   * @param tagId the tag id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long tagId) {
    ctx.id(tagId, Routes.DELETE_TAG_TAGID, "tagId");
    ctx.ok(ctx.req(Routes.DELETE_TAG_TAGID, tagId).build());
  }

  /**
   * Attaches a tag to a file or folder ({@code POST /tag/{tagId}/{elementId}/{type}}; no seed text, route from the listing; medium confidence).
   *
   * @param tagId the tag id
   * @param elementId the element id
   * @param type file or folder
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void attach(long tagId, long elementId, TargetType type) {
    ctx.id(tagId, Routes.POST_TAG_TAGID_ELEMENTID_TYPE, "tagId");
    ctx.id(elementId, Routes.POST_TAG_TAGID_ELEMENTID_TYPE, "elementId");
    ctx.nonNull(type, Routes.POST_TAG_TAGID_ELEMENTID_TYPE, "type");
    ctx.ok(ctx.req(Routes.POST_TAG_TAGID_ELEMENTID_TYPE, tagId, elementId, type.wire()).build());
  }

  /**
   * Detaches a tag from a file or folder ({@code DELETE /tag/{tagId}/{elementId}/{type}}; no seed text, route from the listing; medium confidence).
   *
   * @param tagId the tag id
   * @param elementId the element id
   * @param type file or folder
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void detach(long tagId, long elementId, TargetType type) {
    ctx.id(tagId, Routes.DELETE_TAG_TAGID_ELEMENTID_TYPE, "tagId");
    ctx.id(elementId, Routes.DELETE_TAG_TAGID_ELEMENTID_TYPE, "elementId");
    ctx.nonNull(type, Routes.DELETE_TAG_TAGID_ELEMENTID_TYPE, "type");
    ctx.ok(ctx.req(Routes.DELETE_TAG_TAGID_ELEMENTID_TYPE, tagId, elementId, type.wire()).build());
  }

  /**
   * Every tag ({@code GET /tags}; no seed text, route from the listing; medium confidence).
   *
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<Tag> list() {
    return ctx.list(ctx.req(Routes.GET_TAGS).build(), Tag.class);
  }

  /**
   * The colors available for tags ({@code GET /tags/colors}; no seed text, route from the listing; medium confidence).
   *
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<TagColor> colors() {
    return ctx.list(ctx.req(Routes.GET_TAGS_COLORS).build(), TagColor.class);
  }
}
