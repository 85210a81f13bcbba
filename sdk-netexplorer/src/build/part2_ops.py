"""Part-2 operations: one O(...) per route. params: "Type name" ("?Type name" = nullable, not checked).
ret: "json T", "list T", "paged T", "ok", "download". t: (args, reply, target, expectedBody, actual, expected)."""
G = []

def group(cls, accessor, doc, testcls=None):
    G.append({"cls": cls, "acc": accessor, "doc": doc, "ops": [], "test": testcls or cls + "Test"})

PDOC = {
    ("POST_ALERT", "emailId"): "id of the Email object used to send the alert (not range-checked: the seed example holds -1)",
    ("PUT_ALERT_ALERTID", "emailId"): "id of the Email object used to send the alert (not range-checked: the seed example holds -1)",
    ("POST_ALERT", "targetId"): "the alerted user or group",
    ("POST_RIGHT", "targetId"): "the user the right is granted to",
    ("POST_USER", "password"): "the initial password",
    ("POST_OAUTH2_APP", "type"): "0 client-server, 1 server-server",
    ("POST_IDENTITY_PROVIDER", "type"): "the provider kind (ldap, saml, oidc...)",
    ("DELETE_OAUTH2_APP_TOKEN_REVOKE", "token"): "the application token to revoke",
    ("DELETE_OAUTH2_USER_TOKEN_REVOKE", "token"): "the user token to revoke",
    ("GET_WORKFLOW_INSTANCE_TOKEN", "token"): "the token mailed when the instance was created",
    ("GET_SHARELINK_DOWNLOAD_SHARELINKKEY", "token"): "a download token from TokensApi#sharelinkDownload",
    ("GET_ZIP_SHARE_SHAREKEY", "shareKey"): "the share key",
    ("POST_ZIP_TOKEN_SHARE", "guids"): "GUIDs of the files of the share to zip",
    ("GET_FZEN", "sections"): "the sections bitmask (1, 2, 4, 8, 16, 32, 64 added up)",
    ("POST_INVITE", "rights"): "the rights mask applied at account creation (3 = read and download in the seed example)",
    ("POST_INVITE", "target"): "the e-mail of the person to invite",
    ("GET_OAUTH2_AUTHORIZE", "scope"): "space-separated scopes",
    ("GET_OAUTH2_AUTHORIZE", "state"): "an opaque value echoed to the redirect URI",
    ("POST_SHARE_KEY_SHAREKEY_SMS", "phone"): "the phone number to send the code to",
    ("POST_ULINK_KEY_ULINKKEY_SMS", "phone"): "the phone number to send the code to",
    ("POST_TAG_FOLDERID_FOLDER", "tagIds"): "the ids of the tags the folder keeps",
}

def O(route, name, params, ret, doc, path=None, body=None, query=(), mod="", nonempty=None, checks=(), t=None, code=None):
    G[-1]["ops"].append(dict(route=route, name=name, params=params, ret=ret, doc=doc, path=path, body=body,
                             query=query, mod=mod, nonempty=nonempty, checks=checks, t=t, code=code))

A24 = '{"id":24,"target_id":11567,"target_type":"file","owner":"Jack JAUFFRE","owner_id":"4558","date":"2015-07-28T12:58:26+02:00","text":"Voici","conversation":null}'
def env(item):
    return '{"offset_start":0,"nb_objets":1,"nb_total_objects":1,"objects":[' + item + ']}'

# ---------------------------------------------------------------- annotations
group("AnnotationsApi", "annotations", "Annotations of files and folders (seed \"Annotations\", lines 85-95, 654-667).")
O("GET_ANNOTATION_ANNOTATIONID", "get", ["long annotationId"], "json Annotation", "One annotation",
  t=(["24"], A24, "/api/annotation/24", None, "r.targetId()", "Optional.of(11567L)"))
O("GET_ANNOTATIONS_TARGETID_TYPE", "listForTarget", ["long targetId", "TargetType type", "int pageSize"], "paged Annotation",
  "The annotations of a file or folder, page by page", path=["targetId", "type.wire()"],
  t=(["11567", "TargetType.FILE", "30"], env(A24), "/api/annotations/11567/file?offset=0&limit=30", None, "r.get(0).text()", 'Optional.of("Voici")'))
O("GET_ANNOTATIONS_ALL", "listAll", ["int pageSize"], "paged Annotation", "Every annotation the user can see, page by page",
  t=(["30"], env(A24), "/api/annotations/all?offset=0&limit=30", None, "r.get(0).id()", "24L"))
O("POST_ANNOTATION", "create", ["long targetId", "TargetType type", "String text"], "json Annotation", "Creates an annotation",
  body='Wire.obj("target_id", targetId, "target_type", type.wire(), "text", text)',
  t=(["20", "TargetType.FILE", '"Ceci est le contenu de mon annotation !"'], A24, "/api/annotation",
     '{"target_id":20,"target_type":"file","text":"Ceci est le contenu de mon annotation !"}', "r.id()", "24L"))
O("PUT_ANNOTATION_ANNOTATIONID", "edit", ["long annotationId", "String text"], "json Annotation", "Changes the text of an annotation",
  body='Wire.obj("text", text)',
  t=(["24", '"Ceci est le texte modifié de mon annotation !"'], A24, "/api/annotation/24",
     '{"text":"Ceci est le texte modifié de mon annotation !"}', "r.owner()", 'Optional.of("Jack JAUFFRE")'))
O("PUT_ANNOTATIONS_ALL", "editAll", [], "ok", "Bulk update of every annotation (no input, no output; probably marks them read)",
  t=([], "", "/api/annotations/all", None, None, None))
O("DELETE_ANNOTATION_ANNOTATIONID", "delete", ["long annotationId"], "ok", "Deletes an annotation",
  t=(["24"], "OK", "/api/annotation/24", None, None, None))

# ---------------------------------------------------------------- locks
L1 = '{"file":"00000000-0000-0000-0000-000000000000","owner":"Edouard DESPEREAUX","owner_id":"125696","locked":true,"writeable":false,"readable":true}'
group("LocksApi", "locks", "File locks (seed \"Verrou\", lines 96-105, 668-676).")
O("GET_LOCK_FILEID", "get", ["long fileId"], "json Lock", "The lock of a file",
  t=(["147"], L1, "/api/lock/147", None, "r.locked()", "true"))
O("GET_LOCKS_FOLDERID", "list", ["long folderId", "int pageSize"], "paged Lock", "The locks under a folder, page by page",
  t=(["3", "30"], env(L1), "/api/locks/3?offset=0&limit=30", None, "r.get(0).ownerId()", 'Optional.of("125696")'))
O("PUT_LOCK_FILEID", "lock", ["long fileId"], "json Lock", "Locks a file for the current user",
  t=(["147"], L1, "/api/lock/147", None, "r.readable()", "true"))
O("DELETE_LOCK_FILEID", "unlock", ["long fileId"], "ok", "Removes the lock of a file",
  t=(["147"], "OK", "/api/lock/147", None, None, None))

# ---------------------------------------------------------------- rights
R1 = '{"id":56629,"folder_id":36948,"target_id":"4673","target":"Bob","browse":true,"read":true,"download":true,"write":false,"edit":false,"delete":false,"share":false}'
group("RightsApi", "rights", "Access rights on folders (seed \"Droit\", lines 106-119, 677-690).")
O("GET_RIGHT_RIGHTID", "get", ["long rightId"], "json Right", "One right",
  t=(["56629"], R1, "/api/right/56629", None, "r.download()", "true"))
O("GET_RIGHTS_FOLDERID", "list", ["long folderId"], "list Right", "The rights of a folder (a plain array)",
  t=(["36948"], "[" + R1 + "]", "/api/rights/36948", None, "r.get(0).targetId()", 'Optional.of("4673")'))
O("POST_RIGHT", "create", ["long folderId", "String targetId", "RightFlags flags"], "json Right",
  "Grants a right; flags not set are false", body='Wire.merge(Wire.obj("folder_id", folderId, "target_id", targetId), flags.toWire())',
  t=(["4", '"14"', "RightFlags.builder().browse(true).read(true).download(true).build()"], R1, "/api/right",
     '{"folder_id":4,"target_id":"14","browse":true,"read":true,"download":true}', "r.id()", "56629L"))
O("PUT_RIGHT_RIGHTID", "edit", ["long rightId", "RightFlags flags"], "json Right", "Changes the flags of a right",
  body="flags.toWire()", nonempty="flags",
  t=(["56629", "RightFlags.builder().write(false).edit(false).build()"], R1, "/api/right/56629",
     '{"write":false,"edit":false}', "r.write()", "false"))
O("DELETE_RIGHT_RIGHTID", "delete", ["long rightId"], "ok", "Revokes a right",
  t=(["56629"], "OK", "/api/right/56629", None, None, None))

# ---------------------------------------------------------------- alerts
AL = '{"id":104,"folder_id":1,"target_id":3,"target":"José SANCHEZ","target_isgroup":false,"active":true,"email":-1,"expiration_date":null,"owner":"Hervé FIGIS","owner_id":14}'
group("AlertsApi", "alerts", "E-mail alerts on folders (seed \"Alerte\", lines 120-131, 691-702).")
O("GET_ALERT_ALERTID", "get", ["long alertId"], "json Alert", "One alert",
  t=(["104"], AL, "/api/alert/104", None, "r.target()", 'Optional.of("José SANCHEZ")'))
O("GET_ALERTS_FOLDERID", "list", ["long folderId"], "list Alert", "The alerts of a folder (a plain array)",
  t=(["21"], "[" + AL + "]", "/api/alerts/21", None, "r.get(0).email()", "Optional.of(-1L)"))
O("POST_ALERT", "create", ["long folderId", "long targetId", "?long emailId"], "json Alert",
  "Creates an alert for a user or group, sent with an Email object", body='Wire.obj("folder_id", folderId, "target_id", targetId, "email", emailId)',
  t=(["3", "14", "10"], AL, "/api/alert", '{"folder_id":3,"target_id":14,"email":10}', "r.id()", "104L"))
O("PUT_ALERT_ALERTID", "edit", ["long alertId", "?long emailId"], "json Alert", "Changes the Email object of an alert",
  body='Wire.obj("email", emailId)', t=(["104", "5"], AL, "/api/alert/104", '{"email":5}', "r.active()", "Optional.of(true)"))
O("DELETE_ALERT_ALERTID", "delete", ["long alertId"], "ok", "Deletes an alert",
  t=(["104"], "OK", "/api/alert/104", None, None, None))

# ---------------------------------------------------------------- users
U1 = '{"id":"15","firstname":"Noël","lastname":"FLANTIER","login":"n.flantier","roots":[14,18],"active":true,"role":3}'
group("UsersApi", "users", "User accounts (seed \"Utilisateur\", lines 132-166, 703-727).")
O("GET_USER_USERID", "get", ["String userId"], "json User", "One user",
  t=(['"15"'], U1, "/api/user/15", None, "r.login()", 'Optional.of("n.flantier")'))
O("GET_USER_USERID_QUOTA", "quota", ["String userId"], "json UserQuota", "A user's quota and usage",
  t=(['"15"'], '{"quota":100000000,"user":3892501810}', "/api/user/15/quota", None, "r.user()", "Optional.of(3892501810L)"))
O("GET_USERS", "list", ["int pageSize"], "paged User", "Every user, page by page",
  t=(["30"], env(U1), "/api/users?offset=0&limit=30", None, "r.get(0).id()", '"15"'))
O("GET_USER_USERID_PICTURE", "picture", ["String userId", "DownloadTarget target"], "download", "Downloads a user's picture",
  t=(['"15"', "DownloadTarget.toStream(out)"], "PNGDATA", "/api/user/15/picture", None, None, None))
O("POST_USER", "create", ["String login", "String password", "UserChanges changes"], "json User",
  "Creates a user; only login and password are required (an e-mail is recommended)",
  body='Wire.merge(Wire.obj("login", login, "password", password), changes.toWire())',
  t=(['"n.flantier"', '"s3cret"', 'UserChanges.builder().email("n@oss.fr").groups(List.of("4")).build()'], U1, "/api/user",
     '{"login":"n.flantier","password":"s3cret","email":"n@oss.fr","groups":[{"id":"4"}]}', "r.roots()", "List.of(14L, 18L)"))
O("POST_USER_USERID_PICTURE", "uploadPicture", ["String userId", "UploadSource image"], "ok",
  "Uploads a user's picture as multipart/form-data; the server answers OK", body="MULTIPART",
  t=(['"15"', 'UploadSource.ofBytes(new byte[] {1, 2, 3}, "me.png")'], "OK", "/api/user/15/picture", "MULTIPART", None, None))
O("PUT_USER_USERID", "update", ["String userId", "UserChanges changes"], "json User",
  "Updates a user; only the fields set change (an empty groups list removes every membership)", body="changes.toWire()", nonempty="changes",
  t=(['"15"', "UserChanges.builder().active(false).groups(List.of()).build()"], U1, "/api/user/15",
     '{"active":false,"groups":[]}', "r.firstname()", 'Optional.of("Noël")'))
O("DELETE_USER_USERID", "delete", ["String userId"], "ok", "Deletes a user",
  t=(['"15"'], "OK", "/api/user/15", None, None, None))
O("DELETE_USER_USERID_PICTURE", "deletePicture", ["String userId"], "ok", "Deletes a user's picture",
  t=(['"15"'], "OK", "/api/user/15/picture", None, None, None))

# ---------------------------------------------------------------- invitations
IN = '{"id":9,"key":"3Rjy060qP5rrJx4qRz5KdcTS","source":5,"source_name":"Bob Herry","target":"bob.herry@oss.gouv.fr","expiration":null,"folder":64,"rights":3}'
group("InvitationsApi", "invitations", "Invitations to folders (seed \"Invitation\", lines 167-178, 728-737).")
O("GET_INVITES_FOLDERID", "list", ["long folderId"], "list Invitation", "The invitations of a folder",
  t=(["64"], "[" + IN + "]", "/api/invites/64", None, "r.get(0).folder()", "Optional.of(64L)"))
O("GET_INVITE_USERS_FOLDERID", "invitableUsers", ["long folderId", "int pageSize"], "paged InvitableUser",
  "Users that can be invited on a folder, page by page",
  t=(["14", "16"], '{"offset_start":0,"nb_objects":1,"nb_total_objects":1,"objects":[{"id":321,"name":"Marjorie Balcera","emails":"marjorie@avocats.com"}]}',
     "/api/invite/users/14?offset=0&limit=16", None, "r.get(0).emails()", 'Optional.of("marjorie@avocats.com")'))
O("POST_INVITE", "create", ["String target", "long folderId", "int rights"], "json Invitation",
  "Invites someone (e-mail) on a folder with a rights mask", body='Wire.obj("target", target, "folder", folderId, "rights", rights)',
  checks=['ctx.check(rights >= 0, Routes.POST_INVITE, "rights must not be negative, was " + rights);'],
  t=(['"franck@solution.fr"', "14", "3"], IN, "/api/invite", '{"target":"franck@solution.fr","folder":14,"rights":3}', "r.rights()", "Optional.of(3)"))
O("PUT_INVITE_INVITATIONID", "edit", ["String invitationId", "InvitationChanges changes"], "json Invitation", "Changes an invitation",
  body="changes.toWire()", nonempty="changes",
  t=(['"9"', "InvitationChanges.builder().rights(1).build()"], IN, "/api/invite/9", '{"rights":1}', "r.sourceName()", 'Optional.of("Bob Herry")'))
O("DELETE_INVITE_INVITEID", "delete", ["String inviteId"], "ok", "Deletes an invitation",
  t=(['"9"'], "OK", "/api/invite/9", None, None, None))

# ---------------------------------------------------------------- groups
GR = '{"id":"78","login":"Marketing","ldap":false,"members":[{"id":"14","firstname":"Jacques"}]}'
group("GroupsApi", "groups", "Groups of users (seed \"Groupe\", lines 179-185, 738-745).")
O("GET_GROUP_GROUPID", "get", ["String groupId"], "json Group", "One group",
  t=(['"78"'], GR, "/api/group/78", None, "r.members().get(0).id()", '"14"'))
O("GET_GROUPS", "list", ["int pageSize"], "paged Group", "Every group, page by page",
  t=(["30"], env('{"id":18,"login":"Comptabilité"}'), "/api/groups?offset=0&limit=30", None, "r.get(0).login()", 'Optional.of("Comptabilité")'))
O("PUT_GROUP_GROUPID", "update", ["String groupId", "GroupChanges changes"], "json Group", "Updates a group; only set fields change",
  body="changes.toWire()", nonempty="changes",
  t=(['"78"', 'GroupChanges.builder().name("Marketing").members(List.of("14", "145")).build()'], GR, "/api/group/78",
     '{"login":"Marketing","members":[{"id":"14"},{"id":"145"}]}', "r.ldap()", "Optional.of(false)"))
O("DELETE_GROUP_GROUPID", "delete", ["String groupId"], "ok", "Deletes a group",
  t=(['"78"'], "OK", "/api/group/78", None, None, None))
O("POST_GROUP", "create", ["String name", "GroupChanges changes"], "json Group", "Creates a group (body guessed from the Group object: login = name)",
  body='Wire.merge(Wire.obj("login", name), changes.toWire())',
  t=(['"Marketing"', "GroupChanges.none()"], GR, "/api/group", '{"login":"Marketing"}', "r.id()", '"78"'))

# ---------------------------------------------------------------- connection options
CO = '{"target_id":"1","target":"Administrateurs NetExplorer","target_isgroup":true,"ips":null,"days":62,"hour_start":"07:00:00","hour_end":"16:00:00","can_netsync":true,"inherited":false}'
group("ConnectionOptionsApi", "connectionOptions", "Connection options of users and groups (seed \"Options de connexion\", lines 186-200, 746-757).")
O("GET_OPTION_USERID", "get", ["String targetId"], "json ConnectionOptions", "The connection options of a user or group",
  path=["targetId"], t=(['"1"'], CO, "/api/option/1", None, "r.days()", "Optional.of(62)"))
O("PUT_OPTION_USERID", "update", ["String targetId", "ConnectionOptionsChanges changes"], "json ConnectionOptions",
  "Sets connection options explicitly", path=["targetId"], body="changes.toWire()", nonempty="changes",
  t=(['"1"', 'ConnectionOptionsChanges.builder().noIpFilter().hourStart(LocalTime.of(7, 0)).oauthBlocked(4).build()'], CO, "/api/option/1",
     '{"ips":null,"hour_start":"07:00:00","oauth_blocked":4}', "r.ips()", "Optional.empty()"))
O("DELETE_OPTION_USERID", "delete", ["String targetId"], "ok", "Removes the explicit options (the group ones apply again)",
  path=["targetId"], t=(['"1"'], "OK", "/api/option/1", None, None, None))

# ---------------------------------------------------------------- delegates
DL = '{"id":60,"user":"Jennifer BRANT","user_id":186,"group_id":17,"users":true,"security":false,"alerts":true}'
group("DelegatesApi", "delegates", "Group delegates (seed \"Délégué\", lines 201-211, 758-770; deprecated by the vendor, replaced by the Manager role).")
O("GET_DELEGATE_DELEGATEID", "get", ["long delegateId"], "json Delegate", "One delegate",
  t=(["60"], DL, "/api/delegate/60", None, "r.userId()", 'Optional.of("186")'))
O("GET_DELEGATES_GROUPID", "list", ["String groupId", "int pageSize"], "paged Delegate", "The delegates of a group, page by page",
  t=(['"17"', "30"], '{"offset_start":0,"nb_objects":1,"nb_total_objects":1,"objects":[' + DL + ']}', "/api/delegates/17?offset=0&limit=30", None, "r.get(0).users()", "Optional.of(true)"))
O("PUT_DELEGATE_DELEGATEID", "update", ["long delegateId", "DelegateChanges changes"], "json Delegate", "Updates a delegate; only set fields change",
  body="changes.toWire()", nonempty="changes",
  t=(["60", "DelegateChanges.builder().security(true).build()"], DL, "/api/delegate/60", '{"security":true}', "r.alerts()", "Optional.of(true)"))
O("DELETE_DELEGATE_DELEGATEID", "delete", ["long delegateId"], "ok", "Deletes a delegate",
  t=(["60"], "OK", "/api/delegate/60", None, None, None))
O("POST_DELEGATE", "create", ["String userId", "String groupId", "DelegateChanges changes"], "json Delegate",
  "Makes a user delegate of a group (body guessed from the Delegate object)", body='Wire.merge(Wire.obj("user_id", userId, "group_id", groupId), changes.toWire())',
  t=(['"186"', '"17"', "DelegateChanges.builder().users(true).build()"], DL, "/api/delegate", '{"user_id":"186","group_id":"17","users":true}', "r.id()", "60L"))

# ---------------------------------------------------------------- emails
EM = '{"id":7,"object":"Mail subject","content":"Hello","type":"EM_TE_ALERT","owner":"Bob","owner_id":"2","last_send":null}'
group("EmailsApi", "emails", "E-mail objects used by alerts and sendings (seed \"Email\", lines 212-224, 771-778).")
O("GET_EMAIL_EMAILID", "get", ["long emailId"], "json Email", "One e-mail",
  t=(["7"], EM, "/api/email/7", None, "r.type()", 'Optional.of("EM_TE_ALERT")'))
O("GET_EMAILS", "list", ["int pageSize"], "paged Email", "Every e-mail, page by page",
  t=(["30"], '{"offset_start":0,"nb_objects":1,"nb_total_objects":1,"objects":[' + EM + ']}', "/api/emails?offset=0&limit=30", None, "r.get(0).object()", 'Optional.of("Mail subject")'))
O("POST_EMAIL", "create", ["String subject", "String content", "EmailChanges changes"], "json Email",
  "Creates an e-mail; only the type EM_TE_ALERT is available at creation", body='Wire.merge(Wire.obj("object", subject, "content", content), changes.toWire())',
  t=(['"Mail subject"', '"Hello"', 'EmailChanges.builder().type("EM_TE_ALERT").build()'], EM, "/api/email",
     '{"object":"Mail subject","content":"Hello","type":"EM_TE_ALERT"}', "r.id()", "7L"))
O("PUT_EMAIL_EMAILID", "update", ["long emailId", "EmailChanges changes"], "json Email", "Updates an e-mail; only set fields change",
  body="changes.toWire()", nonempty="changes",
  t=(["7", 'EmailChanges.builder().content("Bye").build()'], EM, "/api/email/7", '{"content":"Bye"}', "r.ownerId()", 'Optional.of("2")'))
O("DELETE_EMAIL_EMAILID", "delete", ["long emailId"], "ok", "Deletes an e-mail",
  t=(["7"], "OK", "/api/email/7", None, None, None))

# ---------------------------------------------------------------- share links
SL = '{"id":4559,"key":"258fqwu987y57D","file_id":1,"file":"Guide de prise en main.pdf","file_size":455663,"is_valid":true,"expiration_date":null,"password_protected":null,"owner":"Amir BEN OUALI","owner_id":55,"nb_downloads":45,"notify":true,"autoupdate":false}'
SE = '{"id":12,"object":"Objet","content":"Bonjour","owner_id":1,"share_id":13,"creation_date":"2021-04-21T10:04:20+00:00","recipients":[{"email":"email@netexplorer.fr"}]}'
SES = '{"id":"12","object":"Objet","content":"Bonjour","owner":1,"stats":{"nb_download":1,"nb_preview":1},"sendind_date":"2021-04-21T10:04:20+00:00","recipients":[{"email":"email@netexplorer.fr","name":"Bob Bob","id":"123"}]}'
PC = '{"valid":true,"access_token":"eyJ"}'
group("SharelinksApi", "sharelinks", "Share links, also called dlinks, and their e-mails (seed \"Partage par lien\", lines 255-299; routes known only from the listing, request parameters guessed).")
O("POST_SHARELINK", "create", ["long fileId", "SharelinkChanges changes"], "json Sharelink", "Creates a share link on a file",
  body='Wire.merge(Wire.obj("file_id", fileId), changes.toWire())',
  t=(["1", 'SharelinkChanges.builder().maxDownloads(3).notifyOwner(true).build()'], SL, "/api/sharelink",
     '{"file_id":1,"max_downloads":3,"notify":true}', "r.key()", 'Optional.of("258fqwu987y57D")'))
O("GET_SHARELINK_DOWNLOAD_SHARELINKKEY", "download", ["String sharelinkKey", "?String token", "DownloadTarget target"], "download",
  "Downloads the content of a share link by its key; a download token (TokensApi#sharelinkDownload) goes in the query for password-protected links",
  query=[("WireNames.TOKEN", "token")],
  t=(['"258fqwu987y57D"', '"tk"', "DownloadTarget.toStream(out)"], "PDFDATA", "/api/sharelink/download/258fqwu987y57D?token=tk", None, None, None))
O("POST_SHARELINK_EMAIL", "createEmail", ["long sharelinkId", "List<String> recipients", "String subject", "String content"], "json ShareEmail",
  "Sends a share link by e-mail", body='Wire.obj("share_id", sharelinkId, "recipients", Wire.emailObjects(recipients), "object", subject, "content", content)',
  checks=['ctx.check(!recipients.isEmpty(), Routes.POST_SHARELINK_EMAIL, "recipients must not be empty");'],
  t=(["13", 'List.of("email@netexplorer.fr")', '"Objet"', '"Bonjour"'], SE, "/api/sharelink/email",
     '{"share_id":13,"recipients":[{"email":"email@netexplorer.fr"}],"object":"Objet","content":"Bonjour"}', "r.shareId()", "Optional.of(13L)"))
O("GET_SHARELINK_EMAIL_SHARELINKEMAILID", "getEmail", ["long sharelinkEmailId"], "json ShareEmail", "One share-link e-mail",
  t=(["12"], SE, "/api/sharelink/email/12", None, "r.recipients().get(0).email()", 'Optional.of("email@netexplorer.fr")'))
O("DELETE_SHARELINK_EMAIL_SHARELINKEMAILID", "deleteEmail", ["long sharelinkEmailId"], "ok", "Deletes a share-link e-mail",
  t=(["12"], "OK", "/api/sharelink/email/12", None, None, None))
O("PUT_SHARELINK_EMAIL_SHARELINKID", "updateEmail", ["long sharelinkEmailId", "ShareEmailChanges changes"], "json ShareEmail",
  "Updates a share-link e-mail (the listing names the path parameter sharelinkId)", path=["sharelinkEmailId"], body="changes.toWire()", nonempty="changes",
  t=(["12", 'ShareEmailChanges.builder().subject("Nouvel objet").build()'], SE, "/api/sharelink/email/12", '{"object":"Nouvel objet"}', "r.id()", "12L"))
O("GET_SHARELINK_KEY_SHARELINKKEY", "byKey", ["String sharelinkKey"], "json Sharelink", "A share link by its key (what a recipient sees)",
  t=(['"258fqwu987y57D"'], SL, "/api/sharelink/key/258fqwu987y57D", None, "r.fileSize()", "Optional.of(455663L)"))
O("POST_SHARELINK_KEY_SHARELINKKEY_PASSCHECK", "passcheckByKey", ["String sharelinkKey", "String password"], "json PasswordCheck",
  "Checks the password of a share link by its key", body='Wire.obj("password", password)',
  t=(['"258fqwu987y57D"', '"pw"'], PC, "/api/sharelink/key/258fqwu987y57D/passcheck", '{"password":"pw"}', "r.valid()", "Optional.of(true)"))
O("GET_SHARELINK_SHARELINKID", "get", ["long sharelinkId"], "json Sharelink", "One share link",
  t=(["4559"], SL, "/api/sharelink/4559", None, "r.nbDownloads()", "Optional.of(45)"))
O("PUT_SHARELINK_SHARELINKID", "update", ["long sharelinkId", "SharelinkChanges changes"], "json Sharelink", "Updates a share link; only set fields change",
  body="changes.toWire()", nonempty="changes",
  t=(["4559", 'SharelinkChanges.builder().expirationDate(OffsetDateTime.parse("2030-01-01T12:00:00+01:00")).build()'], SL, "/api/sharelink/4559",
     '{"expiration_date":"2030-01-01T12:00:00+01:00"}', "r.notifyOwner()", "Optional.of(true)"))
O("DELETE_SHARELINK_SHARELINKID", "delete", ["long sharelinkId"], "ok", "Deletes a share link",
  t=(["4559"], "OK", "/api/sharelink/4559", None, None, None))
O("POST_SHARELINK_SHARELINKID_FILE", "addFile", ["long sharelinkId", "long fileId"], "json Sharelink", "Adds a file to a share link",
  body='Wire.obj("file_id", fileId)', t=(["4559", "2"], SL, "/api/sharelink/4559/file", '{"file_id":2}', "r.id()", "4559L"))
O("DELETE_SHARELINK_SHARELINKID_FILE_FILEID", "removeFile", ["long sharelinkId", "long fileId"], "ok", "Removes a file from a share link",
  t=(["4559", "2"], "OK", "/api/sharelink/4559/file/2", None, None, None))
O("POST_SHARELINK_SHARELINKID_FOLDER", "addFolder", ["long sharelinkId", "long folderId"], "json Sharelink", "Adds a folder to a share link",
  body='Wire.obj("folder_id", folderId)', t=(["4559", "23"], SL, "/api/sharelink/4559/folder", '{"folder_id":23}', "r.id()", "4559L"))
O("POST_SHARELINK_SHARELINKID_PASSCHECK", "passcheck", ["long sharelinkId", "String password"], "json PasswordCheck",
  "Checks the password of a share link by its id", body='Wire.obj("password", password)',
  t=(["4559", '"pw"'], PC, "/api/sharelink/4559/passcheck", '{"password":"pw"}', "r.accessToken()", 'Optional.of("eyJ")'))
O("GET_SHARELINKS", "list", ["int pageSize"], "paged Sharelink", "The user's share links, page by page",
  t=(["30"], env(SL), "/api/sharelinks?offset=0&limit=30", None, "r.get(0).file()", 'Optional.of("Guide de prise en main.pdf")'))
O("GET_SHARELINKS_EMAILS", "listEmails", ["int pageSize"], "paged ShareEmailSummary", "The share-link e-mails sent, page by page",
  t=(["30"], env(SES), "/api/sharelinks/emails?offset=0&limit=30", None, "r.get(0).stats().get().nbDownload()", "Optional.of(1)"))

# ---------------------------------------------------------------- shares
SH = '{"id":4559,"key":"258fqwu987y57D","roots":[{"id":1,"entity_type":0,"share_id":4559,"name":"Fichier de test.pdf","can_download":true}],"flags":4,"expiration_date":null,"creation_date":"14/02/2024","owner":"Amir BEN OUALI","owner_id":55}'
SC = '[{"id":1,"entity_type":0,"share_id":4559,"name":"Fichier de test.pdf","can_download":true,"size":311111,"guid":"00000-0000-00000-00000","extension":"pdf"}]'
ACT = '[{"id":1,"type":"download","date":"2016-01-25T19:58:56Z","email":"a@b.fr","geo":{"city":"Lyon"}}]'
group("SharesApi", "shares", "Shares (new-style share links holding several roots), their e-mails and zips (seed \"Partage\" and \"Contenu de partage\", lines 225-254; routes known only from the listing, request parameters guessed).")
O("POST_SHARE", "create", ["ShareChanges changes"], "json Share", "Creates a share of files and folders",
  body="changes.toWire()", nonempty="changes",
  t=(['ShareChanges.builder().addFile(1).addFolder(2).flags(4).build()'], SH, "/api/share",
     '{"roots":[{"id":1,"entity_type":0},{"id":2,"entity_type":1}],"flags":4}', "r.roots().get(0).name()", 'Optional.of("Fichier de test.pdf")'))
O("GET_SHARE_CONTENT_SHAREKEY_FOLDERID_OPT", "content", ["String shareKey", "?Long folderId"], "list ShareContentItem",
  "The content of a share, at its roots or inside one of its folders (folderId may be null)",
  t=(['"258fqwu987y57D"', "23L"], SC, "/api/share/content/258fqwu987y57D/23", None, "r.get(0).extension()", 'Optional.of("pdf")'))
O("GET_SHARE_DOWNLOAD_FILE", "downloadFile", ["String shareKey", "String guid", "DownloadTarget target"], "download",
  "Downloads one file of a share (query names guessed: key, guid)", query=[('"key"', "shareKey"), ('"guid"', "guid")],
  t=(['"258fqwu987y57D"', '"00000-0000"', "DownloadTarget.toStream(out)"], "PDFDATA", "/api/share/download/file?key=258fqwu987y57D&guid=00000-0000", None, None, None))
O("POST_SHARE_EMAIL", "createEmail", ["long shareId", "List<String> recipients", "String subject", "String content"], "json ShareEmail",
  "Sends a share by e-mail", body='Wire.obj("share_id", shareId, "recipients", Wire.emailObjects(recipients), "object", subject, "content", content)',
  checks=['ctx.check(!recipients.isEmpty(), Routes.POST_SHARE_EMAIL, "recipients must not be empty");'],
  t=(["13", 'List.of("email@netexplorer.fr")', '"Objet"', '"Bonjour"'], SE, "/api/share/email",
     '{"share_id":13,"recipients":[{"email":"email@netexplorer.fr"}],"object":"Objet","content":"Bonjour"}', "r.id()", "12L"))
O("GET_SHARE_EMAIL_SHAREEMAILID", "getEmail", ["long shareEmailId"], "json ShareEmail", "One share e-mail",
  t=(["12"], SE, "/api/share/email/12", None, "r.object()", 'Optional.of("Objet")'))
O("PUT_SHARE_EMAIL_SHAREEMAILID", "updateEmail", ["long shareEmailId", "ShareEmailChanges changes"], "json ShareEmail", "Updates a share e-mail",
  body="changes.toWire()", nonempty="changes",
  t=(["12", 'ShareEmailChanges.builder().recipients(List.of("x@y.fr")).build()'], SE, "/api/share/email/12", '{"recipients":[{"email":"x@y.fr"}]}', "r.id()", "12L"))
O("DELETE_SHARE_EMAIL_SHAREEMAILID", "deleteEmail", ["long shareEmailId"], "ok", "Deletes a share e-mail",
  t=(["12"], "OK", "/api/share/email/12", None, None, None))
O("GET_SHARE_EMAIL_SHAREEMAILID_ACTIVITY", "emailActivity", ["long shareEmailId"], "list ShareActivity", "The activity of a share e-mail",
  t=(["12"], ACT, "/api/share/email/12/activity", None, "r.get(0).email()", 'Optional.of("a@b.fr")'))
O("GET_SHARE_KEY_SHAREKEY", "byKey", ["String shareKey"], "json Share", "A share by its key (what a recipient sees)",
  t=(['"258fqwu987y57D"'], SH, "/api/share/key/258fqwu987y57D", None, "r.flags()", "Optional.of(4)"))
O("POST_SHARE_KEY_SHAREKEY_PASSCHECK", "passcheck", ["String shareKey", "String password"], "json PasswordCheck", "Checks the password of a share",
  body='Wire.obj("password", password)', t=(['"K"', '"pw"'], PC, "/api/share/key/K/passcheck", '{"password":"pw"}', "r.valid()", "Optional.of(true)"))
O("POST_SHARE_KEY_SHAREKEY_SMS", "sendSms", ["String shareKey", "String phone"], "ok", "Sends the access code of a share by SMS (body guessed)",
  body='Wire.obj("phone", phone)', t=(['"K"', '"+33600000000"'], "OK", "/api/share/key/K/sms", '{"phone":"+33600000000"}', None, None))
O("GET_SHARE_SHAREID", "get", ["long shareId"], "json Share", "One share",
  t=(["4559"], SH, "/api/share/4559", None, "r.creationDate().get().getYear()", "2024"))
O("PUT_SHARE_SHAREID", "update", ["long shareId", "ShareChanges changes"], "json Share", "Updates a share; only set fields change",
  body="changes.toWire()", nonempty="changes",
  t=(["4559", 'ShareChanges.builder().name("Dossier").build()'], SH, "/api/share/4559", '{"name":"Dossier"}', "r.key()", 'Optional.of("258fqwu987y57D")'))
O("DELETE_SHARE_SHAREID", "delete", ["long shareId"], "ok", "Deletes a share",
  t=(["4559"], "OK", "/api/share/4559", None, None, None))
O("GET_SHARE_SHAREID_ACTIVITY", "activity", ["long shareId"], "list ShareActivity", "The activity of a share",
  t=(["4559"], ACT, "/api/share/4559/activity", None, "r.get(0).geo().get().city()", 'Optional.of("Lyon")'))
O("GET_SHARES", "list", ["int pageSize"], "paged Share", "The user's shares, page by page",
  t=(["30"], env(SH), "/api/shares?offset=0&limit=30", None, "r.get(0).id()", "4559L"))
O("GET_SHARES_EMAILS", "listEmails", ["int pageSize"], "paged ShareEmailSummary", "The share e-mails sent, page by page",
  t=(["30"], env(SES), "/api/shares/emails?offset=0&limit=30", None, "r.get(0).sendingDate().get().getYear()", "2021"))
# GET /zip is covered by part 1 (FilesApi#zip, query files/folders).
O("GET_ZIP_SHARE_SHAREKEY", "zipShare", ["String shareKey", "DownloadTarget target"], "download", "Downloads a whole share as a zip",
  t=(['"K"', "DownloadTarget.toStream(out)"], "ZIPDATA", "/api/zip/share/K", None, None, None))
O("POST_ZIP_TOKEN_SHARE", "zipToken", ["String shareKey", "List<String> guids"], "json AccessToken",
  "A token for a zip of some files of a share (body guessed: key, guids)", body='Wire.obj("key", shareKey, "guids", guids)',
  t=(['"K"', 'List.of("g1", "g2")'], '{"token":"eyJzip"}', "/api/zip/token/share", '{"key":"K","guids":["g1","g2"]}', "r.token()", '"eyJzip"'))

# ---------------------------------------------------------------- upload links
UL = '{"id":4456,"key":"258fqwu987y57D","folder":"Dépôt externe","folder_id":4,"is_valid":true,"expiration_date":"2018-01-01T12:00:00+00:00","owner":"Erica JONES","owner_id":"3"}'
group("UlinksApi", "ulinks", "Upload links (seed \"Lien de dépôt\", lines 300-309, 779-788; e-mail, key and SMS routes known only from the listing).")
O("GET_ULINK_ULINKID", "get", ["long ulinkId"], "json Ulink", "One upload link",
  t=(["4456"], UL, "/api/ulink/4456", None, "r.folderId()", "Optional.of(4L)"))
O("GET_ULINKS", "list", ["int pageSize"], "paged Ulink", "The user's upload links, page by page",
  t=(["30"], '{"offset_start":0,"nb_objects":1,"nb_total_objects":1,"objects":[' + UL + ']}', "/api/ulinks?offset=0&limit=30", None, "r.get(0).key()", 'Optional.of("258fqwu987y57D")'))
O("PUT_ULINK_ULINKID", "update", ["long ulinkId", "UlinkChanges changes"], "json Ulink", "Updates an upload link; only set fields change",
  body="changes.toWire()", nonempty="changes",
  t=(["4456", "UlinkChanges.builder().folderId(5).build()"], UL, "/api/ulink/4456", '{"folder_id":5}', "r.isValid()", "Optional.of(true)"))
O("DELETE_ULINK_ULINKID", "delete", ["long ulinkId"], "ok", "Deletes an upload link",
  t=(["4456"], "OK", "/api/ulink/4456", None, None, None))
O("POST_ULINK", "create", ["long folderId", "UlinkChanges changes"], "json Ulink", "Creates an upload link into a folder (body guessed from the Ulink object)",
  body='Wire.merge(Wire.obj("folder_id", folderId), changes.toWire())',
  t=(["4", 'UlinkChanges.builder().expirationDate(OffsetDateTime.parse("2018-01-01T12:00:00Z")).build()'], UL, "/api/ulink",
     '{"folder_id":4,"expiration_date":"2018-01-01T12:00:00Z"}', "r.expirationDate().get().getYear()", "2018"))
O("POST_ULINK_EMAIL", "createEmail", ["long ulinkId", "List<String> recipients", "String subject", "String content"], "json ShareEmail",
  "Sends an upload link by e-mail (body guessed like share e-mails, with ulink_id)",
  body='Wire.obj("ulink_id", ulinkId, "recipients", Wire.emailObjects(recipients), "object", subject, "content", content)',
  checks=['ctx.check(!recipients.isEmpty(), Routes.POST_ULINK_EMAIL, "recipients must not be empty");'],
  t=(["4456", 'List.of("email@netexplorer.fr")', '"Objet"', '"Bonjour"'], SE, "/api/ulink/email",
     '{"ulink_id":4456,"recipients":[{"email":"email@netexplorer.fr"}],"object":"Objet","content":"Bonjour"}', "r.id()", "12L"))
O("GET_ULINK_EMAIL_ULINKEMAILID", "getEmail", ["long ulinkEmailId"], "json ShareEmail", "One upload-link e-mail",
  t=(["12"], SE, "/api/ulink/email/12", None, "r.content()", 'Optional.of("Bonjour")'))
O("PUT_ULINK_EMAIL_ULINKEMAILID", "updateEmail", ["long ulinkEmailId", "ShareEmailChanges changes"], "json ShareEmail", "Updates an upload-link e-mail",
  body="changes.toWire()", nonempty="changes",
  t=(["12", 'ShareEmailChanges.builder().content("Re").build()'], SE, "/api/ulink/email/12", '{"content":"Re"}', "r.id()", "12L"))
O("DELETE_ULINK_EMAIL_ULINKEMAILID", "deleteEmail", ["long ulinkEmailId"], "ok", "Deletes an upload-link e-mail",
  t=(["12"], "OK", "/api/ulink/email/12", None, None, None))
O("GET_ULINK_KEY_ULINKKEY", "byKey", ["String ulinkKey"], "json Ulink", "An upload link by its key (what a depositor sees)",
  t=(['"258fqwu987y57D"'], UL, "/api/ulink/key/258fqwu987y57D", None, "r.owner()", 'Optional.of("Erica JONES")'))
O("POST_ULINK_KEY_ULINKKEY_PASSCHECK", "passcheck", ["String ulinkKey", "String password"], "json PasswordCheck", "Checks the password of an upload link",
  body='Wire.obj("password", password)', t=(['"K"', '"pw"'], PC, "/api/ulink/key/K/passcheck", '{"password":"pw"}', "r.valid()", "Optional.of(true)"))
O("POST_ULINK_KEY_ULINKKEY_SMS", "sendSms", ["String ulinkKey", "String phone"], "ok", "Sends the access code of an upload link by SMS (body guessed)",
  body='Wire.obj("phone", phone)', t=(['"K"', '"+33600000000"'], "OK", "/api/ulink/key/K/sms", '{"phone":"+33600000000"}', None, None))
O("GET_ULINKS_EMAILS", "listEmails", ["int pageSize"], "paged ShareEmailSummary", "The upload-link e-mails sent, page by page",
  t=(["30"], env(SES), "/api/ulinks/emails?offset=0&limit=30", None, "r.get(0).recipients().get(0).name()", 'Optional.of("Bob Bob")'))

# ---------------------------------------------------------------- templates
TP = '{"id":8,"name":"Devis","description":"Modèle de devis","date":"2024-01-01","guid":"g-8","parent_id":123,"file_type":"document","thumb_token":"tt"}'
group("TemplatesApi", "templates", "File templates (seed \"Template\", lines 310-319, 633-640).")
O("GET_TEMPLATE_FOLDER", "folder", [], "json TemplateFolder", "The id of the template folder",
  t=([], '{"folder":123}', "/api/template/folder", None, "r.folder()", "Optional.of(123L)"))
O("GET_TEMPLATE_FILES_FOLDERID", "list", ["long folderId"], "list Template", "The templates of a folder",
  t=(["123"], "[" + TP + "]", "/api/template/files/123", None, "r.get(0).description()", 'Optional.of("Modèle de devis")'))
O("PUT_TEMPLATE_FILE_TEMPLATEID", "update", ["long templateId", "TemplateChanges changes"], "json Template", "Updates a template",
  body="changes.toWire()", nonempty="changes",
  t=(["8", 'TemplateChanges.builder().name("Devis 2").build()'], TP, "/api/template/file/8", '{"name":"Devis 2"}', "r.guid()", 'Optional.of("g-8")'))
O("DELETE_TEMPLATE_FILE_TEMPLATEID", "delete", ["long templateId"], "ok", "Deletes a template",
  t=(["8"], "OK", "/api/template/file/8", None, None, None))
O("POST_TEMPLATE_FILE", "create", ["long fileId", "TemplateChanges changes"], "json Template", "Makes a template from a file (body guessed: file_id, name, description)",
  body='Wire.merge(Wire.obj("file_id", fileId), changes.toWire())',
  t=(["77", 'TemplateChanges.builder().description("d").build()'], TP, "/api/template/file", '{"file_id":77,"description":"d"}', "r.id()", "8L"))
O("POST_TEMPLATE_FILE_COPY", "copy", ["long templateId", "long folderId", "String name"], "json FileInfo",
  "Creates a file from a template in a folder (body guessed: id, folder_id, name)", body='Wire.obj("id", templateId, "folder_id", folderId, "name", name)',
  t=(["8", "445", '"devis.docx"'], '{"id":77,"name":"devis.docx","parent_id":445}', "/api/template/file/copy",
     '{"id":8,"folder_id":445,"name":"devis.docx"}', "r.name()", '"devis.docx"'))

# ---------------------------------------------------------------- config
group("ConfigApi", "config", "Platform configuration (seed lines 789-796).")
O("GET_CONFIG", "get", [], "json PlatformConfig", "The private platform configuration, with its feature switches",
  t=([], '{"features":{"lock_read":true,"lock":true,"edit":true,"trash":true,"versioning":true},"x":1}', "/api/config", None, "r.features().get().lockRead()", "Optional.of(true)"))
O("GET_PUBLICCONFIG", "publicConfig", [], "json PublicConfig", "The public configuration",
  t=([], '{"config":{"defaut_language":"fr","allow_guest":false}}', "/api/publicconfig", None, "r.config().get().defaultLanguage()", 'Optional.of("fr")'))
O("POST_CONFIG_SMTP_TEST", "testSmtp", ["SmtpSettings settings"], "ok", "Tests SMTP settings", body="settings.toWire()", nonempty="settings",
  t=(['SmtpSettings.builder().host("smtp.x.fr").port(587).password("pw").debug(true).build()'], "OK", "/api/config/smtp/test",
     '{"smtp_host":"smtp.x.fr","smtp_port":587,"smtp_password":"pw","smtp_debug":true}', None, None))
O("PUT_CONFIG", "update", ["ConfigChanges changes"], "json ConfigValues", "Updates configuration values; returns the whole configuration",
  body='Wire.obj("config", changes.toWire())', nonempty="changes",
  t=(['ConfigChanges.builder().defaultLanguage("fr").set("session_idle", 30).build()'], '{"0":"config","default_language":"fr"}', "/api/config",
     '{"config":{"default_language":"fr","session_idle":30}}', "r.extra().get(\"0\")", '"config"'))

# ---------------------------------------------------------------- workflow
WF = '{"id":12,"object_type":null,"object_id":null,"owner_id":2,"creation":"2024-01-01 00:00:00","is_closed":false,"state":{"id":3,"name":"FLOW_STATES_NAME_WAITINGSIGNATURE"},"flux":{"id":2,"name":"FLOW_NAME_DOCSIGNATURE"},"data_objects":[{"type":"file","id":1}]}'
group("WorkflowApi", "workflow", "Workflow (flux) instances: validation and signature flows (seed \"Instance de flux\", lines 320-334, 815-857).")
O("GET_WORKFLOW_INSTANCE_TOKEN", "byToken", ["String token"], "json WorkflowInstance", "An instance by the token mailed at its creation",
  t=(['"wt"'], WF, "/api/workflow/instance/wt", None, "r.state().get().id()", "Optional.of(3)"))
O("POST_WORKFLOW_INSTANCE", "create", ["WorkflowRequest request"], "json WorkflowInstance", "Starts a validation or signature flow",
  body="request.toWire()",
  t=(['WorkflowRequest.builder(2).object(12).signer("Mark", "Dupont", "mark.dupont@netexplorer.fr", null).signatureField(373, 40, 1, 0, 0).sendCopy(true).build()'], WF, "/api/workflow/instance",
     '{"flux":{"id":2},"properties":{"objects":[{"type":"file","id":12}],"signatures":[{"firstname":"Mark","lastname":"Dupont","email":"mark.dupont@netexplorer.fr"}],"signature_fields":[{"x":373,"y":40,"page":1,"signerIndex":0,"document":0}],"send_copy":true}}',
     "r.dataObjects().get(0).id()", "Optional.of(1L)"))
O("DELETE_WORKFLOW_INSTANCE_INSTANCEID", "delete", ["long instanceId"], "ok", "Deletes an instance",
  t=(["12"], "OK", "/api/workflow/instance/12", None, None, None))
O("GET_WORKFLOW_INSTANCES", "list", ["int pageSize"], "paged WorkflowInstance", "The user's instances, page by page (paging assumed)",
  t=(["30"], env(WF), "/api/workflow/instances?offset=0&limit=30", None, "r.get(0).isClosed()", "Optional.of(false)"))

# ---------------------------------------------------------------- signatures
SG = '{"id":5,"name":"Contrat","status":"draft","actors":[{"id":9,"email":"a@b.fr"}],"documents":[{"id":3,"file_id":77,"fields":[{"id":1,"page":1,"x":10.5}]}]}'
SA = '{"id":9,"firstname":"Mark","lastname":"Dupont","email":"a@b.fr"}'
SD = '{"id":3,"file_id":77,"name":"contrat.pdf"}'
SF = '{"id":1,"actor_id":9,"page":1,"x":373,"y":40}'
group("SignaturesApi", "signatures", "Electronic signature requests (new e-signature module; routes known only from the listing, no object schema: request and reply fields guessed).")
O("PATCH_SIGNATURE_SIGNATUREID", "update", ["long signatureId", "SignatureChanges changes"], "json Signature",
  "Updates a signature request (the listing spells this path /signature/, singular)", body="changes.toWire()", nonempty="changes",
  t=(["5", 'SignatureChanges.builder().message("Merci").build()'], SG, "/api/signature/5", '{"message":"Merci"}', "r.status()", 'Optional.of("draft")'))
O("GET_SIGNATURES", "list", ["int pageSize"], "paged Signature", "The signature requests sent, page by page (paging assumed)",
  t=(["30"], env(SG), "/api/signatures?offset=0&limit=30", None, "r.get(0).name()", 'Optional.of("Contrat")'))
O("POST_SIGNATURES", "create", ["String name", "SignatureChanges changes"], "json Signature", "Creates a signature request (a draft)",
  body='Wire.merge(Wire.obj("name", name), changes.toWire())',
  t=(['"Contrat"', "SignatureChanges.none()"], SG, "/api/signatures", '{"name":"Contrat"}', "r.actors().get(0).email()", 'Optional.of("a@b.fr")'))
O("GET_SIGNATURES_EXPORT", "export", ["DownloadTarget target"], "download", "Exports the requests sent (a file)",
  t=(["DownloadTarget.toStream(out)"], "CSVDATA", "/api/signatures/export", None, None, None))
O("GET_SIGNATURES_RECEIVED", "received", ["int pageSize"], "paged Signature", "The signature requests received, page by page (paging assumed)",
  t=(["30"], env(SG), "/api/signatures/received?offset=0&limit=30", None, "r.get(0).id()", "5L"))
O("GET_SIGNATURES_RECEIVED_EXPORT", "exportReceived", ["DownloadTarget target"], "download", "Exports the requests received (a file)",
  t=(["DownloadTarget.toStream(out)"], "CSVDATA", "/api/signatures/received/export", None, None, None))
O("GET_SIGNATURES_SIGNATUREID", "get", ["long signatureId"], "json Signature", "One signature request",
  t=(["5"], SG, "/api/signatures/5", None, "r.documents().get(0).fields().get(0).x()", "Optional.of(10.5)"))
O("DELETE_SIGNATURES_SIGNATUREID", "delete", ["long signatureId"], "ok", "Deletes a signature request",
  t=(["5"], "OK", "/api/signatures/5", None, None, None))
O("POST_SIGNATURES_SIGNATUREID_ACTIVATE", "activate", ["long signatureId"], "json Signature", "Activates (sends) a signature request",
  t=(["5"], SG, "/api/signatures/5/activate", None, "r.id()", "5L"))
O("GET_SIGNATURES_SIGNATUREID_ACTIVITIES", "activities", ["long signatureId"], "list SignatureActivity", "The activity of a signature request",
  t=(["5"], '[{"id":1,"type":"signed","actor_id":9}]', "/api/signatures/5/activities", None, "r.get(0).actorId()", "Optional.of(9L)"))
O("GET_SIGNATURES_SIGNATUREID_ACTIVITIES_EXPORT", "exportActivities", ["long signatureId", "DownloadTarget target"], "download",
  "Exports the activity of a signature request (a file)",
  t=(["5", "DownloadTarget.toStream(out)"], "CSVDATA", "/api/signatures/5/activities/export", None, None, None))
O("POST_SIGNATURES_SIGNATUREID_ACTORS", "addActor", ["long signatureId", "String email", "ActorChanges changes"], "json SignatureActor",
  "Adds an actor (signer) to a request", body='Wire.merge(Wire.obj("email", email), changes.toWire())',
  t=(["5", '"a@b.fr"', 'ActorChanges.builder().firstname("Mark").lastname("Dupont").build()'], SA, "/api/signatures/5/actors",
     '{"email":"a@b.fr","firstname":"Mark","lastname":"Dupont"}', "r.id()", "9L"))
O("GET_SIGNATURES_SIGNATUREID_ACTORS_AUDIT", "auditAll", ["long signatureId", "DownloadTarget target"], "download",
  "Downloads the audit trail of every actor (a file)",
  t=(["5", "DownloadTarget.toStream(out)"], "PDFDATA", "/api/signatures/5/actors/audit", None, None, None))
O("POST_SIGNATURES_SIGNATUREID_ACTORS_REMIND", "remindAll", ["long signatureId"], "ok", "Reminds every actor who has not signed",
  t=(["5"], "OK", "/api/signatures/5/actors/remind", None, None, None))
O("DELETE_SIGNATURES_SIGNATUREID_ACTORS_ACTORID", "removeActor", ["long signatureId", "long actorId"], "ok", "Removes an actor",
  t=(["5", "9"], "OK", "/api/signatures/5/actors/9", None, None, None))
O("GET_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_AUDIT", "audit", ["long signatureId", "long actorId", "DownloadTarget target"], "download",
  "Downloads the audit trail of one actor (a file)",
  t=(["5", "9", "DownloadTarget.toStream(out)"], "PDFDATA", "/api/signatures/5/actors/9/audit", None, None, None))
O("POST_SIGNATURES_SIGNATUREID_ACTORS_ACTORID_REMIND", "remind", ["long signatureId", "long actorId"], "ok", "Reminds one actor",
  t=(["5", "9"], "OK", "/api/signatures/5/actors/9/remind", None, None, None))
O("POST_SIGNATURES_SIGNATUREID_CANCEL", "cancel", ["long signatureId"], "ok", "Cancels a signature request",
  t=(["5"], "OK", "/api/signatures/5/cancel", None, None, None))
O("GET_SIGNATURES_SIGNATUREID_DOCUMENTS_SIGNED", "signedDocuments", ["long signatureId", "DownloadTarget target"], "download",
  "Downloads every signed document (a file)",
  t=(["5", "DownloadTarget.toStream(out)"], "ZIPDATA", "/api/signatures/5/documents/signed", None, None, None))
O("PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID", "updateDocument", ["long signatureId", "long documentId", "String name"], "json SignatureDocument",
  "Renames a document of a request (body guessed)", body='Wire.obj("name", name)',
  t=(["5", "3", '"contrat.pdf"'], SD, "/api/signatures/5/documents/3", '{"name":"contrat.pdf"}', "r.fileId()", "Optional.of(77L)"))
O("DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID", "removeDocument", ["long signatureId", "long documentId"], "ok", "Removes a document",
  t=(["5", "3"], "OK", "/api/signatures/5/documents/3", None, None, None))
O("POST_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS", "addField", ["long signatureId", "long documentId", "SignatureFieldChanges field"],
  "json SignatureField", "Places a signature field on a document", body="field.toWire()", nonempty="field",
  t=(["5", "3", "SignatureFieldChanges.builder().actorId(9).page(1).x(373).y(40).build()"], SF, "/api/signatures/5/documents/3/fields",
     '{"actor_id":9,"page":1,"x":373.0,"y":40.0}', "r.actorId()", "Optional.of(9L)"))
O("PATCH_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID", "updateField", ["long signatureId", "long documentId", "long fieldId", "SignatureFieldChanges field"],
  "json SignatureField", "Moves a signature field", body="field.toWire()", nonempty="field",
  t=(["5", "3", "1", "SignatureFieldChanges.builder().page(2).build()"], SF, "/api/signatures/5/documents/3/fields/1", '{"page":2}', "r.id()", "1L"))
O("DELETE_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_FIELDS_FIELDID", "removeField", ["long signatureId", "long documentId", "long fieldId"], "ok",
  "Removes a signature field", t=(["5", "3", "1"], "OK", "/api/signatures/5/documents/3/fields/1", None, None, None))
O("GET_SIGNATURES_SIGNATUREID_DOCUMENTS_DOCUMENTID_SIGNED", "signedDocument", ["long signatureId", "long documentId", "DownloadTarget target"], "download",
  "Downloads one signed document", t=(["5", "3", "DownloadTarget.toStream(out)"], "PDFDATA", "/api/signatures/5/documents/3/signed", None, None, None))
O("POST_SIGNATURES_SIGNATUREID_DOCUMENTS_FILEID", "addDocument", ["long signatureId", "long fileId"], "json SignatureDocument",
  "Adds a platform file to a request as a document", t=(["5", "77"], SD, "/api/signatures/5/documents/77", None, "r.name()", 'Optional.of("contrat.pdf")'))

# ---------------------------------------------------------------- logs
LG = '{"id":33837,"user_id":2,"user":"Bob Jensen","date":"2013-09-17T11:31:28+00:00","message":"","ip":"8.5.2.1","type":"ADMLLOG_INSERT","statut":"ADMLLOG_OK","object_id":11007,"object_type":"Dossier","object":"Documents/Comptabilité/2015"}'
group("LogsApi", "logs", "Logs and activity (seed \"Entrée de journal\", lines 335-349, 858-861; activity routes known only from the listing).")
O("GET_LOG_LOGID", "get", ["long logId"], "json LogEntry", "One log entry",
  t=(["33837"], LG, "/api/log/33837", None, "r.status()", 'Optional.of("ADMLLOG_OK")'))
O("GET_LOGS", "list", ["int pageSize"], "paged LogEntry", "The logs, page by page",
  t=(["30"], '{"offset_start":0,"nb_objects":1,"nb_total_objects":1,"objects":[' + LG + ']}', "/api/logs?offset=0&limit=30", None, "r.get(0).objectId()", 'Optional.of("11007")'))
O("GET_ACTIVITY_FILE_FILEID", "fileActivity", ["long fileId", "int pageSize"], "paged LogEntry", "The activity of a file, page by page (reply shape assumed: log entries)",
  t=(["77", "30"], env(LG), "/api/activity/file/77?offset=0&limit=30", None, "r.get(0).type()", 'Optional.of("ADMLLOG_INSERT")'))
O("GET_ACTIVITY_FOLDER_FOLDERID", "folderActivity", ["long folderId", "int pageSize"], "paged LogEntry", "The activity of a folder, page by page (reply shape assumed: log entries)",
  t=(["11007", "30"], env(LG), "/api/activity/folder/11007?offset=0&limit=30", None, "r.get(0).ip()", 'Optional.of("8.5.2.1")'))

# ---------------------------------------------------------------- archives
FO = '{"id":11007,"name":"2015","parent_id":3,"can_read":true}'
FI = '{"id":77,"name":"bilan.docx","parent_id":11007}'
group("ArchivesApi", "archives", "Archived files and folders (seed lines 862-881).")
O("GET_ARCHIVE_FOLDER_FOLDERID", "getFolder", ["long folderId"], "json Folder", "An archived folder",
  t=(["11007"], FO, "/api/archive/folder/11007", None, "r.name()", '"2015"'))
O("GET_ARCHIVE_FILE_FILEID", "getFile", ["long fileId"], "json FileInfo", "An archived file",
  t=(["77"], FI, "/api/archive/file/77", None, "r.parentId()", "Optional.of(11007L)"))
O("PUT_FOLDER_FOLDERID_ARCHIVE", "archiveFolder", ["long folderId"], "ok", "Archives a folder",
  t=(["11007"], "OK", "/api/folder/11007/archive", None, None, None))
O("PUT_ARCHIVE_FOLDER_FOLDERID_UNARCHIVE", "unarchiveFolder", ["long folderId"], "ok", "Unarchives a folder",
  t=(["11007"], "OK", "/api/archive/folder/11007/unarchive", None, None, None))
O("PUT_FILE_FILEID_ARCHIVE", "archiveFile", ["long fileId"], "ok", "Archives a file",
  t=(["77"], "OK", "/api/file/77/archive", None, None, None))
O("PUT_ARCHIVE_FILE_FILEID_UNARCHIVE", "unarchiveFile", ["long fileId"], "ok", "Unarchives a file",
  t=(["77"], "OK", "/api/archive/file/77/unarchive", None, None, None))
O("PUT_ARCHIVE_FOLDER_FOLDERID", "updateFolder", ["long folderId", "ArchiveChanges changes"], "json Folder", "Edits an archived folder",
  body="changes.toWire()", nonempty="changes",
  t=(["11007", 'ArchiveChanges.builder().name("2015").build()'], FO, "/api/archive/folder/11007", '{"name":"2015"}', "r.id()", "11007L"))
O("PUT_ARCHIVE_FILE_FILEID", "updateFile", ["long fileId", "ArchiveChanges changes"], "json FileInfo", "Edits an archived file",
  body="changes.toWire()", nonempty="changes",
  t=(["77", "ArchiveChanges.builder().parentId(11007).build()"], FI, "/api/archive/file/77", '{"parent_id":11007}', "r.id()", "77L"))
O("DELETE_ARCHIVE_FOLDER_FOLDERID", "deleteFolder", ["long folderId"], "ok", "Deletes an archived folder",
  t=(["11007"], "OK", "/api/archive/folder/11007", None, None, None))
O("DELETE_ARCHIVE_FILE_FILEID", "deleteFile", ["long fileId"], "ok", "Deletes an archived file",
  t=(["77"], "OK", "/api/archive/file/77", None, None, None))
O("POST_ARCHIVE_FOLDER", "createFolder", ["String name", "long parentId"], "json Folder", "Creates a folder in the archives (body guessed like POST /folder)",
  body='Wire.obj("name", name, "parent_id", parentId)',
  t=(['"2015"', "3"], FO, "/api/archive/folder", '{"name":"2015","parent_id":3}', "r.parentId()", "Optional.of(3L)"))

# ---------------------------------------------------------------- admin
group("AdminApi", "admin", "Platform administration (seed lines 882-891).")
O("GET_FZEN", "usage", ["int sections"], "json PlatformUsage",
  "Platform usage; sections is a bitmask (1 storage, 2 trashes.users, 4 slots, 8 visits, 16 versions, 32 stats, 64 private.users); its query name was lost and is guessed as mask",
  query=[('"mask"', "sections")], checks=['ctx.check(sections >= 0 && sections <= 127, Routes.GET_FZEN, "sections must be a mask between 0 and 127, was " + sections);'],
  t=(["3"], '{"expire":1515166838,"storage":{"main":{"used":10000000000,"free":90000000000,"quota":100000000000,"percent":10},"trashes":{"total":452632,"users":[{"id":3,"user":"Louis BRETEL","login":"louis.bretel","size":452632}]}}}',
     "/api/fzen?mask=3", None, "r.storage().get().trashes().get().users().get(0).size()", "Optional.of(452632L)"))

# ---------------------------------------------------------------- oauth2
OA = '{"client_id":"abc","name":"Mon app","type":1,"scopes":["files.read"],"client_secret":"s3cr3t"}'
OT = '[{"id":"1","token":"tkn","client_id":"abc","scopes":["all"]}]'
group("OAuthApi", "oauth", "OAuth2 applications and tokens (seed lines 958-1002; the token and authorize endpoints sit outside /api).")
O("GET_OAUTH2_APPS", "apps", [], "list OAuthApp", "The OAuth2 applications",
  t=([], "[" + OA + "]", "/api/oauth2/apps", None, "r.get(0).clientId()", 'Optional.of("abc")'))
O("GET_OAUTH2_APP_CLIENTID", "app", ["String clientId"], "json OAuthApp", "One application",
  t=(['"abc"'], OA, "/api/oauth2/app/abc", None, "r.type()", "Optional.of(1)"))
O("GET_OAUTH2_APP_CLIENTID_ICON", "icon", ["String clientId", "DownloadTarget target"], "download", "Downloads the icon of an application",
  t=(['"abc"', "DownloadTarget.toStream(out)"], "PNGDATA", "/api/oauth2/app/abc/icon", None, None, None))
O("GET_OAUTH2_USER_TOKENS", "userTokens", [], "list OAuthToken", "The current user's OAuth2 tokens",
  t=([], OT, "/api/oauth2/user/tokens", None, "r.get(0).scopes()", 'List.of("all")'))
O("GET_OAUTH2_APP_CLIENTID_TOKENS", "appTokens", ["String clientId"], "list OAuthToken", "The tokens of an application",
  t=(['"abc"'], OT, "/api/oauth2/app/abc/tokens", None, "r.get(0).token()", 'Optional.of("tkn")'))
O("POST_OAUTH2_APP", "createApp", ["String name", "int type", "OAuthAppChanges changes"], "json OAuthApp",
  "Creates an application (type 0 client-server, 1 server-server); the reply holds the client secret",
  body='Wire.merge(Wire.obj("name", name, "type", type), changes.toWire())',
  checks=['ctx.check(type == 0 || type == 1, Routes.POST_OAUTH2_APP, "type must be 0 or 1, was " + type);'],
  t=(['"Mon app"', "1", 'OAuthAppChanges.builder().scopes(List.of("files.read", "offline")).build()'], OA, "/api/oauth2/app",
     '{"name":"Mon app","type":1,"scopes":["files.read","offline"]}', "r.clientSecret()", 'Optional.of("s3cr3t")'))
O("POST_OAUTH2_TOKEN", "token", ["OAuthTokenRequest request"], "json OAuthTokenResponse",
  "Calls the OAuth2 token endpoint (outside /api; form body; no bearer token sent)", body="FORM", mod=".authenticated(false)",
  checks=['ctx.check(request.toWire().containsKey("grant_type"), Routes.POST_OAUTH2_TOKEN, "request must set grantType");'],
  t=(['OAuthTokenRequest.builder().grantType("client_credentials").clientId("abc").clientSecret("s").build()'],
     '{"access_token":"at","token_type":"Bearer","expires_in":3600}', "/oauth2/token",
     "grant_type=client_credentials&client_id=abc&client_secret=s", "r.expiresIn()", "Optional.of(3600L)"))
O("POST_OAUTH2_APP_CLIENTID_RESET", "resetSecret", ["String clientId"], "json OAuthApp", "Resets the client secret; every token of the application becomes invalid",
  t=(['"abc"'], OA, "/api/oauth2/app/abc/reset", None, "r.clientSecret()", 'Optional.of("s3cr3t")'))
O("PUT_OAUTH2_APP_CLIENTID", "updateApp", ["String clientId", "OAuthAppChanges changes"], "json OAuthApp", "Updates an application",
  body="changes.toWire()", nonempty="changes",
  t=(['"abc"', 'OAuthAppChanges.builder().name("App").build()'], OA, "/api/oauth2/app/abc", '{"name":"App"}', "r.name()", 'Optional.of("Mon app")'))
O("DELETE_OAUTH2_APP_CLIENTID", "deleteApp", ["String clientId"], "ok", "Deletes an application and invalidates its tokens",
  t=(['"abc"'], "OK", "/api/oauth2/app/abc", None, None, None))
O("DELETE_OAUTH2_APP_TOKEN_REVOKE", "revokeAppToken", ["String token"], "ok", "Revokes a token of an application",
  t=(['"tkn"'], "OK", "/api/oauth2/app/tkn/revoke", None, None, None))
O("DELETE_OAUTH2_USER_TOKEN_REVOKE", "revokeUserToken", ["String token"], "ok", "Revokes a token of the current user",
  t=(['"tkn"'], "OK", "/api/oauth2/user/tkn/revoke", None, None, None))
O("GET_OAUTH2_AUTHORIZE", "authorizationUrl", ["String clientId", "String redirectUri", "?String scope", "?String state"], "url",
  "The URL of the consent page to open in a browser (outside /api; standard OAuth2 query: response_type=code, client_id, redirect_uri, scope, state); nothing is sent",
  query=[('"response_type"', '"code"'), ('"client_id"', "clientId"), ('"redirect_uri"', "redirectUri"), ('"scope"', "scope"), ('"state"', "state")],
  t=(['"abc"', '"https://app/cb"', '"all"', '"s1"'], None, "/oauth2/authorize?response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fapp%2Fcb&scope=all&state=s1", None, None, None))

# ---------------------------------------------------------------- tags
TG = '{"id":4,"name":"Urgent","color":"#ff0000","category_id":2}'
TC = '{"id":2,"name":"Priorité","color":"#00ff00","tags":[' + TG + ']}'
group("TagsApi", "tags", "Tags and tag categories (routes known only from the listing, no object schema: fields guessed).")
O("POST_TAG", "create", ["String name", "TagChanges changes"], "json Tag", "Creates a tag",
  body='Wire.merge(Wire.obj("name", name), changes.toWire())',
  t=(['"Urgent"', "TagChanges.builder().categoryId(2).build()"], TG, "/api/tag", '{"name":"Urgent","category_id":2}', "r.categoryId()", "Optional.of(2L)"))
O("GET_TAG_CATEGORIES", "categories", [], "list TagCategory", "Every tag category",
  t=([], "[" + TC + "]", "/api/tag/categories", None, "r.get(0).tags().get(0).name()", 'Optional.of("Urgent")'))
O("GET_TAG_CATEGORIES_ATTACHED_ELEMENTID_TYPE", "attachedCategories", ["long elementId", "TargetType type"], "list TagCategory",
  "The categories with a tag attached to a file or folder", path=["elementId", "type.wire()"],
  t=(["77", "TargetType.FILE"], "[" + TC + "]", "/api/tag/categories/attached/77/file", None, "r.get(0).id()", "2L"))
O("GET_TAG_CATEGORIES_ELEMENTID_TYPE", "elementCategories", ["long elementId", "TargetType type"], "list TagCategory",
  "The categories available for a file or folder", path=["elementId", "type.wire()"],
  t=(["3", "TargetType.FOLDER"], "[" + TC + "]", "/api/tag/categories/3/folder", None, "r.get(0).color()", 'Optional.of("#00ff00")'))
O("POST_TAG_CATEGORY", "createCategory", ["String name", "TagCategoryChanges changes"], "json TagCategory", "Creates a category",
  body='Wire.merge(Wire.obj("name", name), changes.toWire())',
  t=(['"Priorité"', 'TagCategoryChanges.builder().color("#00ff00").build()'], TC, "/api/tag/category", '{"name":"Priorité","color":"#00ff00"}', "r.id()", "2L"))
O("GET_TAG_CATEGORY_CATEGORYID", "category", ["long categoryId"], "json TagCategory", "One category",
  t=(["2"], TC, "/api/tag/category/2", None, "r.name()", 'Optional.of("Priorité")'))
O("PUT_TAG_CATEGORY_CATEGORYID", "updateCategory", ["long categoryId", "TagCategoryChanges changes"], "json TagCategory", "Updates a category",
  body="changes.toWire()", nonempty="changes",
  t=(["2", 'TagCategoryChanges.builder().name("P").build()'], TC, "/api/tag/category/2", '{"name":"P"}', "r.id()", "2L"))
O("DELETE_TAG_CATEGORY_CATEGORYID", "deleteCategory", ["long categoryId"], "ok", "Deletes a category",
  t=(["2"], "OK", "/api/tag/category/2", None, None, None))
O("GET_TAG_CATEGORY_CATEGORYID_ELEMENTID_TYPE", "elementCategory", ["long categoryId", "long elementId", "TargetType type"], "json TagCategory",
  "One category with the tags of a file or folder", path=["categoryId", "elementId", "type.wire()"],
  t=(["2", "77", "TargetType.FILE"], TC, "/api/tag/category/2/77/file", None, "r.tags().get(0).id()", "4L"))
O("POST_TAG_FOLDERID_FOLDER", "setFolderTags", ["long folderId", "List<Long> tagIds"], "ok",
  "Grants or revokes tags on a folder (body guessed: tags = the tag ids to keep)", body='Wire.obj("tags", tagIds)',
  t=(["3", "List.of(4L, 5L)"], "OK", "/api/tag/3/folder", '{"tags":[4,5]}', None, None))
O("GET_TAG_TAGID", "get", ["long tagId"], "json Tag", "One tag",
  t=(["4"], TG, "/api/tag/4", None, "r.color()", 'Optional.of("#ff0000")'))
O("DELETE_TAG_TAGID", "delete", ["long tagId"], "ok", "Deletes a tag",
  t=(["4"], "OK", "/api/tag/4", None, None, None))
O("POST_TAG_TAGID_ELEMENTID_TYPE", "attach", ["long tagId", "long elementId", "TargetType type"], "ok", "Attaches a tag to a file or folder",
  path=["tagId", "elementId", "type.wire()"], t=(["4", "77", "TargetType.FILE"], "OK", "/api/tag/4/77/file", None, None, None))
O("DELETE_TAG_TAGID_ELEMENTID_TYPE", "detach", ["long tagId", "long elementId", "TargetType type"], "ok", "Detaches a tag from a file or folder",
  path=["tagId", "elementId", "type.wire()"], t=(["4", "77", "TargetType.FOLDER"], "OK", "/api/tag/4/77/folder", None, None, None))
O("GET_TAGS", "list", [], "list Tag", "Every tag",
  t=([], "[" + TG + "]", "/api/tags", None, "r.get(0).id()", "4L"))
O("GET_TAGS_COLORS", "colors", [], "list TagColor", "The colors available for tags",
  t=([], '[{"id":"red","name":"Rouge","color":"#ff0000"}]', "/api/tags/colors", None, "r.get(0).color()", 'Optional.of("#ff0000")'))

# ---------------------------------------------------------------- identity providers
IP = '{"id":3,"name":"AD","type":"ldap","enabled":true,"settings":{"host":"ldap.local"}}'
group("IdentityProvidersApi", "identityProviders", "Identity providers such as LDAP or SAML (routes known only from the listing, no object schema: fields guessed).")
O("POST_IDENTITY_PROVIDER", "create", ["String name", "String type", "IdentityProviderChanges changes"], "json IdentityProvider", "Creates a provider",
  body='Wire.merge(Wire.obj("name", name, "type", type), changes.toWire())',
  t=(['"AD"', '"ldap"', 'IdentityProviderChanges.builder().settings(Map.of("host", "ldap.local")).build()'], IP, "/api/identity/provider",
     '{"name":"AD","type":"ldap","settings":{"host":"ldap.local"}}', "r.id()", "3L"))
O("POST_IDENTITY_PROVIDER_TEST", "test", ["IdentityProviderChanges settings"], "json IdentityTestResult", "Tests provider settings without saving them",
  body="settings.toWire()", nonempty="settings",
  t=(['IdentityProviderChanges.builder().type("ldap").build()'], '{"success":true,"message":"ok"}', "/api/identity/provider/test", '{"type":"ldap"}', "r.success()", "Optional.of(true)"))
O("GET_IDENTITY_PROVIDER_ID", "get", ["long providerId"], "json IdentityProvider", "One provider", path=["providerId"],
  t=(["3"], IP, "/api/identity/provider/3", None, "r.type()", 'Optional.of("ldap")'))
O("PUT_IDENTITY_PROVIDER_ID", "update", ["long providerId", "IdentityProviderChanges changes"], "json IdentityProvider", "Updates a provider",
  path=["providerId"], body="changes.toWire()", nonempty="changes",
  t=(["3", "IdentityProviderChanges.builder().enabled(false).build()"], IP, "/api/identity/provider/3", '{"enabled":false}', "r.enabled()", "Optional.of(true)"))
O("DELETE_IDENTITY_PROVIDER_ID", "delete", ["long providerId"], "ok", "Deletes a provider", path=["providerId"],
  t=(["3"], "OK", "/api/identity/provider/3", None, None, None))
O("GET_IDENTITY_PROVIDER_ID_MATCHING", "matching", ["long providerId"], "json IdentityMatching", "The attribute matching of a provider",
  path=["providerId"], t=(["3"], '{"provider_id":3,"fields":{"email":"mail"}}', "/api/identity/provider/3/matching", None, "r.providerId()", "Optional.of(3L)"))
O("POST_IDENTITY_PROVIDER_ID_SYNC", "sync", ["long providerId"], "ok", "Starts a synchronisation of a provider", path=["providerId"],
  t=(["3"], "OK", "/api/identity/provider/3/sync", None, None, None))
O("GET_IDENTITY_PROVIDERS", "list", [], "list IdentityProvider", "Every provider",
  t=([], "[" + IP + "]", "/api/identity/providers", None, "r.get(0).name()", 'Optional.of("AD")'))
