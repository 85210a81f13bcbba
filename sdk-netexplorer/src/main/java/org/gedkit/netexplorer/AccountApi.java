package org.gedkit.netexplorer;

import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.User;

/** The current account (seed "Compte", lines 363-378). Thread-safe. */
public final class AccountApi {

  private final Ctx ctx;

  AccountApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * The current user, with its root folder ids ({@code GET /account}, seed line 369).
   *
   * @return the user; never null
   * @throws org.gedkit.core.error.GedkitException on any failure
   */
  public User get() {
    return ctx.json(ctx.req(Routes.GET_ACCOUNT).build(), User.class);
  }

  /**
   * Updates the current account; only the fields set in {@code update} change ({@code PUT /account}, seed 374-377).
   *
   * @param update the changes
   * @return the updated user; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when update is null or empty
   */
  public User update(AccountUpdate update) {
    ctx.nonNull(update, Routes.PUT_ACCOUNT, "update");
    Map<String, Object> body = update.toWire();
    ctx.check(!body.isEmpty(), Routes.PUT_ACCOUNT, "update must change at least one field");
    return ctx.json(ctx.req(Routes.PUT_ACCOUNT).jsonBody(body).build(), User.class);
  }

  /**
   * Sends the password reset e-mail ({@code POST /reset_password {"login_or_email"}}, seed line 371). Needs no token.
   *
   * @param loginOrEmail the login or e-mail of the account
   * @throws org.gedkit.core.error.InvalidArgumentException when loginOrEmail is null or blank
   */
  public void resetPassword(String loginOrEmail) {
    ctx.nonBlank(loginOrEmail, Routes.POST_RESETPASSWORD, "loginOrEmail");
    ctx.ok(ctx.req(Routes.POST_RESETPASSWORD).authenticated(false)
        .jsonBody(Map.of("login_or_email", loginOrEmail)).build());
  }

  /**
   * Downloads the current user's picture ({@code GET /account/picture}, seed line 370; medium confidence).
   *
   * @param target where the image goes
   * @return what was downloaded; never null
   */
  public DownloadResult picture(DownloadTarget target) {
    ctx.nonNull(target, Routes.GET_ACCOUNT_PICTURE, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_ACCOUNT_PICTURE).build(), target,
        DownloadOptions.defaults());
  }

  /**
   * Uploads the current user's picture as multipart/form-data; the server answers {@code OK}
   * ({@code POST /account/picture}, seed lines 372-374).
   *
   * @param image the image
   * @throws org.gedkit.core.error.InvalidArgumentException when image is null
   */
  public void uploadPicture(UploadSource image) {
    ctx.nonNull(image, Routes.POST_ACCOUNT_PICTURE, "image");
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart(WireNames.PICTURE, image.fileName(),
            image.toRequestBody(MediaType.get("application/octet-stream"), null))
        .build();
    ctx.ok(ctx.req(Routes.POST_ACCOUNT_PICTURE).body(body, image.isReplayable()).build());
  }

  /**
   * Deletes the current user's picture ({@code DELETE /account/picture}, seed line 378; medium confidence).
   */
  public void deletePicture() {
    ctx.ok(ctx.req(Routes.DELETE_ACCOUNT_PICTURE).build());
  }
}
