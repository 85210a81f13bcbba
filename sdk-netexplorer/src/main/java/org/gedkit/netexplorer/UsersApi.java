package org.gedkit.netexplorer;

import okhttp3.MediaType;
import okhttp3.MultipartBody;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.User;
import org.gedkit.netexplorer.model.UserQuota;

/** User accounts (seed "Utilisateur", lines 132-166, 703-727). Thread-safe. */
public final class UsersApi {

  private final Ctx ctx;

  UsersApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One user ({@code GET /user/{userId}}; seed lines 703-704; high confidence).
   *
   * @param userId the user id
   * @return the User; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public User get(String userId) {
    ctx.nonBlank(userId, Routes.GET_USER_USERID, "userId");
    return ctx.json(ctx.req(Routes.GET_USER_USERID, userId).build(), User.class);
  }

  /**
   * A user's quota and usage ({@code GET /user/{userId}/quota}; seed lines 705-707; high confidence).
   *
   * @param userId the user id
   * @return the UserQuota; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public UserQuota quota(String userId) {
    ctx.nonBlank(userId, Routes.GET_USER_USERID_QUOTA, "userId");
    return ctx.json(ctx.req(Routes.GET_USER_USERID_QUOTA, userId).build(), UserQuota.class);
  }

  /**
   * Every user, page by page ({@code GET /users}; seed lines 708; high confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<User> list(int pageSize) {
    return ctx.paged(Routes.GET_USERS, pageSize, ol -> ctx.req(Routes.GET_USERS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), User.class);
  }

  /**
   * Downloads a user's picture ({@code GET /user/{userId}/picture}; seed lines 709-710; medium confidence).
   *
   * @param userId the user id
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult picture(String userId, DownloadTarget target) {
    ctx.nonBlank(userId, Routes.GET_USER_USERID_PICTURE, "userId");
    ctx.nonNull(target, Routes.GET_USER_USERID_PICTURE, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_USER_USERID_PICTURE, userId).build(), target, DownloadOptions.defaults());
  }

  /**
   * Creates a user; only login and password are required (an e-mail is recommended) ({@code POST /user}; seed lines 711-714; high confidence).
   *
   * @param login the login
   * @param password the initial password
   * @param changes the fields to set
   * @return the User; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public User create(String login, String password, UserChanges changes) {
    ctx.nonBlank(login, Routes.POST_USER, "login");
    ctx.nonBlank(password, Routes.POST_USER, "password");
    ctx.nonNull(changes, Routes.POST_USER, "changes");
    return ctx.json(ctx.req(Routes.POST_USER)
        .jsonBody(Wire.merge(Wire.obj("login", login, "password", password), changes.toWire())).build(), User.class);
  }

  /**
   * Uploads a user's picture as multipart/form-data; the server answers OK ({@code POST /user/{userId}/picture}; seed lines 715-719; medium confidence).
   *
   * @param userId the user id
   * @param image the image
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void uploadPicture(String userId, UploadSource image) {
    ctx.nonBlank(userId, Routes.POST_USER_USERID_PICTURE, "userId");
    ctx.nonNull(image, Routes.POST_USER_USERID_PICTURE, "image");
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart(WireNames.PICTURE, image.fileName(),
            image.toRequestBody(MediaType.get("application/octet-stream"), null))
        .build();
    ctx.ok(ctx.req(Routes.POST_USER_USERID_PICTURE, userId)
        .body(body, image.isReplayable()).build());
  }

  /**
   * Updates a user; only the fields set change (an empty groups list removes every membership) ({@code PUT /user/{userId}}; seed lines 719-724; high confidence).
   *
   * @param userId the user id
   * @param changes the fields to set
   * @return the User; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public User update(String userId, UserChanges changes) {
    ctx.nonBlank(userId, Routes.PUT_USER_USERID, "userId");
    ctx.nonNull(changes, Routes.PUT_USER_USERID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_USER_USERID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_USER_USERID, userId).jsonBody(changes.toWire()).build(), User.class);
  }

  /**
   * Deletes a user ({@code DELETE /user/{userId}}; seed lines 724-725; high confidence).
   *
   * @param userId the user id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(String userId) {
    ctx.nonBlank(userId, Routes.DELETE_USER_USERID, "userId");
    ctx.ok(ctx.req(Routes.DELETE_USER_USERID, userId).build());
  }

  /**
   * Deletes a user's picture ({@code DELETE /user/{userId}/picture}; seed lines 726-727; medium confidence).
   *
   * @param userId the user id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void deletePicture(String userId) {
    ctx.nonBlank(userId, Routes.DELETE_USER_USERID_PICTURE, "userId");
    ctx.ok(ctx.req(Routes.DELETE_USER_USERID_PICTURE, userId).build());
  }
}
