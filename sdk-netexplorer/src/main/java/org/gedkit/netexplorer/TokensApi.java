package org.gedkit.netexplorer;

import java.util.Map;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.model.AccessToken;

/** Preview, edit and download tokens (seed "Tokens", lines 892-940). Thread-safe. */
public final class TokensApi {

  private final Ctx ctx;

  TokensApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * A token for a file ({@code POST /token/file/{fileId}/{type}}); a download token works with
   * {@link DownloadsApi#downloadWithToken}.
   *
   * @param fileId the file
   * @param type preview, edit or download
   * @return the token; never null
   */
  public AccessToken file(long fileId, TokenType type) {
    ctx.id(fileId, Routes.POST_TOKEN_FILE_FILEID_TYPE, "fileId");
    ctx.check(type != null && type != TokenType.VIDEO, Routes.POST_TOKEN_FILE_FILEID_TYPE,
        "type must be PREVIEW, EDIT or DOWNLOAD");
    return ctx.json(ctx.req(Routes.POST_TOKEN_FILE_FILEID_TYPE, fileId, type.wire()).build(), AccessToken.class);
  }

  /**
   * A download token for a share link ({@code POST /token/sharelink/{key}/download}, JSON body such as the password).
   *
   * @param key the share link key
   * @param body the JSON body (e.g. {@code Map.of("password", pw)}); may be empty
   * @return the token; never null
   */
  public AccessToken sharelinkDownload(String key, Map<String, ?> body) {
    ctx.nonBlank(key, Routes.POST_TOKEN_SHARELINK_KEY_DOWNLOAD, "key");
    ctx.nonNull(body, Routes.POST_TOKEN_SHARELINK_KEY_DOWNLOAD, "body");
    return ctx.json(ctx.req(Routes.POST_TOKEN_SHARELINK_KEY_DOWNLOAD, key).jsonBody(body).build(), AccessToken.class);
  }

  /**
   * A token for one file of a share ({@code POST /token/share/{guid}/{type}/{key}}).
   *
   * @param guid the file's GUID in the share
   * @param type preview, edit or download
   * @param key the share key
   * @param body the JSON body; may be empty
   * @return the token; never null
   */
  public AccessToken shareFile(String guid, TokenType type, String key, Map<String, ?> body) {
    ctx.nonBlank(guid, Routes.POST_TOKEN_SHARE_GUID_TYPE_KEY, "guid");
    ctx.check(type != null && type != TokenType.VIDEO, Routes.POST_TOKEN_SHARE_GUID_TYPE_KEY,
        "type must be PREVIEW, EDIT or DOWNLOAD");
    ctx.nonBlank(key, Routes.POST_TOKEN_SHARE_GUID_TYPE_KEY, "key");
    ctx.nonNull(body, Routes.POST_TOKEN_SHARE_GUID_TYPE_KEY, "body");
    return ctx.json(ctx.req(Routes.POST_TOKEN_SHARE_GUID_TYPE_KEY, guid, type.wire(), key).jsonBody(body).build(),
        AccessToken.class);
  }

  /**
   * A token for one file (dataId) of a share link ({@code POST /token/sharelink/{key}/{dataId}/{type}}).
   *
   * @param key the share link key
   * @param dataId the file id inside the link
   * @param type preview or video
   * @param body the JSON body; may be empty
   * @return the token; never null
   */
  public AccessToken sharelinkFile(String key, long dataId, TokenType type, Map<String, ?> body) {
    ctx.nonBlank(key, Routes.POST_TOKEN_SHARELINK_KEY_DATAID_TYPE, "key");
    ctx.id(dataId, Routes.POST_TOKEN_SHARELINK_KEY_DATAID_TYPE, "dataId");
    ctx.check(type == TokenType.PREVIEW || type == TokenType.VIDEO, Routes.POST_TOKEN_SHARELINK_KEY_DATAID_TYPE,
        "type must be PREVIEW or VIDEO");
    ctx.nonNull(body, Routes.POST_TOKEN_SHARELINK_KEY_DATAID_TYPE, "body");
    return ctx.json(ctx.req(Routes.POST_TOKEN_SHARELINK_KEY_DATAID_TYPE, key, dataId, type.wire()).jsonBody(body)
        .build(), AccessToken.class);
  }

  /**
   * A download token for a share ({@code POST /token/share/download/{key}}).
   *
   * @param key the share key
   * @param body the JSON body; may be empty
   * @return the token; never null
   */
  public AccessToken shareDownload(String key, Map<String, ?> body) {
    ctx.nonBlank(key, Routes.POST_TOKEN_SHARE_DOWNLOAD_KEY, "key");
    ctx.nonNull(body, Routes.POST_TOKEN_SHARE_DOWNLOAD_KEY, "body");
    return ctx.json(ctx.req(Routes.POST_TOKEN_SHARE_DOWNLOAD_KEY, key).jsonBody(body).build(), AccessToken.class);
  }

  /**
   * A token for a template file ({@code POST /token/template/{id}/{type}}).
   *
   * @param templateId the template
   * @param type preview, edit or download
   * @return the token; never null
   */
  public AccessToken template(long templateId, TokenType type) {
    ctx.id(templateId, Routes.POST_TOKEN_TEMPLATE_ID_TYPE, "templateId");
    ctx.check(type != null && type != TokenType.VIDEO, Routes.POST_TOKEN_TEMPLATE_ID_TYPE,
        "type must be PREVIEW, EDIT or DOWNLOAD");
    return ctx.json(ctx.req(Routes.POST_TOKEN_TEMPLATE_ID_TYPE, templateId, type.wire()).build(), AccessToken.class);
  }
}
