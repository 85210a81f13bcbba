#!/usr/bin/env python3
"""Generates the model records of sdk-netexplorer from a compact field spec (seed object schemas).
Run from the worktree root: python3 sdk-netexplorer/src/build/gen_models.py"""
import os
OUT = "sdk-netexplorer/src/main/java/org/gedkit/netexplorer/model"
D = "OffsetDateTime"
# (javaName, wireName, type, kind, doc[, aliases]) kind: p plain (never null: String->"" ; boxed types not allowed), o Optional, l List, L lenient Optional<Long>
M = {}
M["Folder"] = ("A folder (seed \"Dossier\", lines 11-45). Fields marked full are only sent in full mode; the light mode drops creation, modification, owner and owner_id.", [
 ("id","id","long","p","unique numeric id"),
 ("name","name","String","p","folder name"),
 ("parentId","parent_id","Long","L","parent folder id (0 for a root)"),
 ("canRead","can_read","boolean","p","the current user may preview documents here"),
 ("canDownload","can_download","boolean","p","the current user may download documents here"),
 ("canWrite","can_write","boolean","p","the current user may create files here"),
 ("canEdit","can_edit","boolean","p","the current user may modify documents here"),
 ("canDelete","can_delete","boolean","p","the current user may delete documents here"),
 ("canShare","can_share","boolean","p","the current user may share documents here"),
 ("creation","creation",D,"o","creation date (not in light mode)"),
 ("modification","modification",D,"o","last content change (not in light mode)"),
 ("owner","owner","String","o","owner's full name (not in light mode)"),
 ("ownerId","owner_id","String","o","owner's id (not in light mode)"),
 ("canDlink","can_dlink","Boolean","o","may create a download link (full mode)"),
 ("canUlink","can_ulink","Boolean","o","may create an upload link (full mode)"),
 ("canAdminRights","can_admin_rights","Boolean","o","may manage rights (full mode)"),
 ("canAdminAlerts","can_admin_alerts","Boolean","o","may manage e-mail alerts (full mode)"),
 ("selfAlert","self_alert","Boolean","o","the current user is alerted (full mode, only when the platform enables it)"),
 ("shared","shared","Boolean","o","a shared folder of a private space (full mode)"),
 ("nbParticipants","nb_participants","Integer","o","invited participants, present only when above 0 (full mode)"),
 ("nbAnnotations","nb_annotations","Integer","o","annotations, present only when above 0 (full mode)"),
 ("nbUnreadAnnotations","nb_unread_annotations","Integer","o","unread annotations, present only when above 0 (full mode)"),
 ("size","size","Long","o","size in bytes (full mode)"),
 ("nbDirectFolders","nb_d_folders","Integer","o","direct sub-folders (full mode)"),
 ("nbDirectFiles","nb_d_files","Integer","o","direct files (full mode)"),
 ("nbFolders","nb_folders","Integer","o","sub-folders in the whole tree (full mode)"),
 ("nbFiles","nb_files","Integer","o","files in the whole tree (full mode)"),
 ("quota","quota","Long","o","disk quota: 0 unlimited, -1 inherited, else bytes (full mode)"),
 ("purgeFrequency","purge_frequency","Integer","o","days after which files are purged, 0 = off (full mode)"),
 ("path","path","String","o","path of parent ids (full mode)"),
 ("pathName","path_name","String","o","path of parent names (full mode)"),
 ("content","content","FolderContent","o","the files and folders inside, when a recursive listing reached this level"),
 ("events","events","TimelineEvent","l","timeline events (only from the folder timeline call)"),
])
M["FolderContent"] = ("The {@code content} of a folder listed recursively: its files and sub-folders (seed line 44).", [
 ("files","files","FileInfo","l","the files"),
 ("folders","folders","Folder","l","the sub-folders"),
])
M["SearchResult"] = ("What a folder search returns (seed line 431): matching folders and files.", [
 ("folders","folders","Folder","l","matching folders"),
 ("files","files","FileInfo","l","matching files"),
])
M["FileInfo"] = ("A file version (seed \"Fichier\", lines 46-71). Fields marked full are only sent in full mode; light mode drops creation, owner and owner_id. The timeline call adds its totals and events.", [
 ("id","id","long","p","unique numeric id of this version"),
 ("guid","guid","String","o","global unique id of the file"),
 ("name","name","String","p","file name"),
 ("parentId","parent_id","Long","L","parent folder id"),
 ("creation","creation",D,"o","creation date of this version (not in light mode)"),
 ("modification","modification",D,"o","last modification of the newest version"),
 ("canDownload","can_download","boolean","p","the current user may download it"),
 ("canWrite","can_write","boolean","p","the current user may add versions"),
 ("canEdit","can_edit","boolean","p","the current user may modify a version"),
 ("canDelete","can_delete","boolean","p","the current user may delete it"),
 ("canShare","can_share","boolean","p","the current user may share it"),
 ("owner","owner","String","o","owner's full name (not in light mode)"),
 ("ownerId","owner_id","String","o","owner's id (not in light mode)"),
 ("hash","hash","String","o","MD5 of the content; may be missing right after an upload"),
 ("size","size","Long","o","size in bytes, when the server sends it (not in the schema; seen in timelines)"),
 ("lock","lock","Lock","o","the lock in place, if any"),
 ("nbVersions","nb_versions","Integer","o","number of versions, present only when above 1 (full mode)"),
 ("nbAnnotations","nb_annotations","Integer","o","annotations, present only when above 0 (full mode)"),
 ("nbUnreadAnnotations","nb_unread_annotations","Integer","o","unread annotations (full mode)"),
 ("meta","meta","FileMeta","o","document metadata (full mode)"),
 ("thumbToken","thumb_token","String","s","token for thumbnails (full mode; the example spells it thumbs_token)","thumbs_token"),
 ("fileType","file_type","String","o","preview type: image, document or video (full mode)"),
 ("downloadToken","download_token","String","s","deprecated download token; use TokensApi instead (full mode)"),
 ("path","path","String","o","path of parent ids (full mode)"),
 ("totalAnnotations","total_annotations","Integer","o","timeline only: number of annotations"),
 ("totalDownloads","total_downloads","Integer","o","timeline only: number of downloads (the example spells it total_download)","total_download"),
 ("totalDlinks","total_dlinks","Integer","o","timeline only: number of share links"),
 ("totalPreviews","total_previews","Integer","o","timeline only: number of previews"),
 ("events","events","TimelineEvent","l","timeline only: the events of this version"),
])
M["FileMeta"] = ("Document metadata of a file (seed line 66).", [
 ("author","author","String","o","author"),
 ("creator","creator","String","o","software that created it"),
 ("date","date","String","o","last edit date, free text as the indexer reports it (e.g. Sun Sep 1 00:00:00 2013)"),
 ("keywords","keywords","String","o","keywords"),
 ("pages","pages","Integer","o","number of pages"),
 ("producer","producer","String","o","software that produced the file"),
 ("subject","subject","String","o","subject"),
 ("title","title","String","o","title"),
])
M["Lock"] = ("A lock on a file (seed \"Verrou\", lines 96-105).", [
 ("file","file","String","o","GUID of the locked file"),
 ("owner","owner","String","o","lock owner's full name"),
 ("ownerId","owner_id","String","o","lock owner's id"),
 ("locked","locked","boolean","p","the file is locked, by anyone"),
 ("writeable","writeable","boolean","p","the file can be written (true when locked by the current user)"),
 ("readable","readable","boolean","p","the file can be read"),
 ("date","date",D,"o","when the lock was set"),
])
M["TrashItem"] = ("An item of the trash (seed \"Corbeille\", lines 72-84).", [
 ("id","id","long","p","trash item id"),
 ("name","name","String","p","name"),
 ("isFile","is_file","boolean","p","a file (true) or a folder (false)"),
 ("deletion","deletion",D,"o","deletion date"),
 ("modification","modification",D,"o","last modification before deletion"),
 ("owner","owner","String","o","owner's full name"),
 ("ownerId","owner_id","String","o","owner's id"),
 ("size","size","Long","o","size in bytes"),
 ("nbFolders","nb_folders","Integer","o","sub-folders (folders only)"),
 ("nbFiles","nb_files","Integer","o","files (folders only)"),
])
M["TrashListing"] = ("The trash content, split into folders and files (seed line 644).", [
 ("folders","folders","TrashItem","l","trashed folders"),
 ("files","files","TrashItem","l","trashed files"),
])
M["User"] = ("A user account (seed \"Utilisateur\", lines 132-166); GET /account returns the current one.", [
 ("id","id","String","p","unique id (a string on the wire)"),
 ("lastname","lastname","String","o","last name"),
 ("firstname","firstname","String","o","first name"),
 ("login","login","String","o","login"),
 ("email","email","String","o","e-mail addresses, comma separated"),
 ("roots","roots","Long","l","ids of the user's root folders"),
 ("organization","organization","String","o","company"),
 ("phone","phone","String","o","phone numbers, comma separated"),
 ("active","active","Boolean","o","the account is active"),
 ("language","language","String","o","interface language (auto, fr, en, ...)"),
 ("currentLanguage","current_language","String","o","language in use (GET /account only)"),
 ("quota","quota","Long","o","quota in bytes; empty = none"),
 ("expire","expire",D,"o","account expiry date; empty = never"),
 ("creationDate","creation_date",D,"o","account creation date"),
 ("lastLogin","last_login",D,"o","last login"),
 ("pluginOutlook","plugin_outlook","Long","o","folder id of Outlook attachments, when the connector is allowed"),
 ("ldap","ldap","Boolean","o","the account comes from an external directory"),
 ("canEditOptions","can_edit_options","Boolean","o","the user may edit their own account"),
 ("canAdmin","can_admin","Boolean","o","platform administrator"),
 ("canAdminUsers","can_admin_users","Boolean","o","may manage user accounts"),
 ("groups","groups","Group","l","groups the user belongs to"),
 ("delegateOf","delegate_of","Group","l","groups the user is delegate of"),
 ("hasMfaYubikey","has_mfa_yubikey","Boolean","o","Yubikey second factor configured"),
 ("hasMfaOtp","has_mfa_otp","Boolean","o","OTP second factor configured"),
 ("hasMfaSms","has_mfa_sms","Boolean","o","SMS second factor configured"),
 ("canMfaYubikey","can_mfa_yubikey","Boolean","o","may configure Yubikey"),
 ("canMfaOtp","can_mfa_otp","Boolean","o","may configure OTP"),
 ("canMfaSms","can_mfa_sms","Boolean","o","may configure SMS"),
 ("mfaRequired","mfa_required","Boolean","o","must configure a second factor"),
 ("role","role","Integer","o","user role (also its system group)"),
])
M["Group"] = ("A group of users (seed \"Groupe\", lines 179-185).", [
 ("id","id","String","p","unique id (a string on the wire)"),
 ("login","login","String","o","group name"),
 ("ldap","ldap","Boolean","o","comes from an external directory (then read-only)"),
 ("members","members","User","l","members"),
])
M["TimelineEvent"] = ("A timeline event of a file or folder (seed lines 435, 565-584). Types: 1 annotation, 2 share link, 3 download, 4 preview, 6 lock, 9 aggregate.", [
 ("id","id","long","p","event id"),
 ("type","type","int","p","event type"),
 ("subtype","subtype","Integer","o","for aggregates (type 9), the type of the aggregated events"),
 ("date","date",D,"o","when it happened"),
 ("geo","geo","Geolocation","o","where, from the IP"),
 ("env","env","Environment","o","the user's software"),
 ("owner","owner","String","o","who, full name"),
 ("ownerId","owner_id","String","o","who, id"),
 ("data","data","Object","o","type-dependent data (annotation, share link, lock...) as plain JSON values"),
 ("extended","extended","TimelineEvent","l","aggregated or related recent events"),
 ("responses","responses","TimelineEvent","l","replies to an annotation event"),
])
M["Geolocation"] = ("Geolocation of an IP (seed lines 356-362).", [
 ("city","city","String","o","nearest city"),
 ("country","country","String","o","country"),
 ("loc","loc","String","o","city and country"),
])
M["Environment"] = ("The user's environment (seed lines 350-355).", [
 ("browser","browser","String","o","browser or software with version"),
 ("os","os","String","o","operating system"),
 ("osType","os_type","Integer","o","numeric OS id"),
])
M["DocumentInfo"] = ("What the indexer knows about a file (seed lines 559-564); only the page count for now.", [
 ("length","length","Integer","o","number of pages (a string on the wire)"),
])
M["Quotas"] = ("Quotas of the platform, the current user and optionally a folder (seed lines 950-957).", [
 ("platform","platform","QuotaUsage","o","platform quota"),
 ("user","user","QuotaUsage","o","current user's quota"),
 ("folder","folder","QuotaUsage","o","the asked folder's quota"),
])
M["QuotaUsage"] = ("One quota: the limit (empty = none), the bytes used, and for a folder the folder the limit is inherited from.", [
 ("quota","quota","Long","o","the limit in bytes; empty = no quota"),
 ("used","used","long","p","bytes used"),
 ("folder","folder","Long","o","folder the quota is inherited from (folder quota only)"),
])
M["UploadReport"] = ("One entry of a chunked-upload report (seed lines 612-615): the index of the next missing chunk.", [
 ("missing","missing","int","p","index (0-based) of the next missing chunk"),
])

IMPORTS = {"OffsetDateTime": "java.time.OffsetDateTime"}

def jtype(t, k):
    if k in ("o", "L", "s"):
        return "Optional<%s>" % t
    if k == "l":
        return "List<%s>" % t
    return t

def gen(name, doc, fields):
    imps = {"com.fasterxml.jackson.annotation.JsonAnyGetter", "com.fasterxml.jackson.annotation.JsonAnySetter",
            "com.fasterxml.jackson.annotation.JsonProperty", "java.util.Map", "org.gedkit.core.json.ExtraFields"}
    comps, norms, params, secrets = [], [], [], []
    for f in fields:
        jn, wn, t, k, d = f[:5]
        alias = f[5] if len(f) > 5 else None
        if t in IMPORTS: imps.add(IMPORTS[t])
        if k in ("o", "L", "s"): imps.add("java.util.Optional"); imps.add("org.gedkit.netexplorer.internal.Norm")
        if k == "l": imps.add("java.util.List"); imps.add("org.gedkit.netexplorer.internal.Norm")
        ann = '@JsonProperty("%s")' % wn
        if alias:
            imps.add("com.fasterxml.jackson.annotation.JsonAlias")
            ann += ' @JsonAlias("%s")' % alias
        if k == "L":
            imps.add("com.fasterxml.jackson.databind.annotation.JsonDeserialize")
            imps.add("org.gedkit.netexplorer.internal.NetExplorerJson")
            ann += " @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class)"
        comps.append("    %s %s %s" % (ann, jtype(t, k), jn))
        extra = ""
        if k in ("o", "L", "s"):
            norms.append("    %s = Norm.opt(%s);" % (jn, jn)); extra = "; never null, empty when the server omits it"
        elif k == "l":
            norms.append("    %s = Norm.list(%s);" % (jn, jn)); extra = "; never null, empty when absent"
        elif t == "String":
            norms.append("    %s = Norm.str(%s);" % (jn, jn)); extra = "; never null"
        if k == "s":
            secrets.append(jn); extra += "; a credential, hidden by toString()"
        params.append(" * @param %s %s (wire {@code %s})%s" % (jn, d, wn, extra))
    comps.append("    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra")
    params.append(" * @param extra wire fields this SDK does not know yet; never null")
    norms.append("    extra = ExtraFields.copyOf(extra);")
    src = "package org.gedkit.netexplorer.model;\n\n" + "".join("import %s;\n" % i for i in sorted(imps)) + "\n"
    src += "/**\n * %s\n *\n%s\n */\n" % (doc + (" Its toString() hides credentials." if secrets else ""),
                                       "\n".join(params))
    src += "public record %s(\n%s) {\n\n" % (name, ",\n".join(comps))
    src += "  /**\n   * Normalises the components (no nulls).\n   *\n%s\n   */\n" % "\n".join("  " + p for p in params)
    src += "  public %s {\n%s\n  }\n" % (name, "\n".join(norms))
    if secrets:
        parts = []
        for f in fields:
            jn = f[0]
            parts.append('"%s=" + (%s.isPresent() ? "***" : "<none>")' % (jn, jn) if jn in secrets
                         else '"%s=" + %s' % (jn, jn))
        parts.append('"extra=" + extra.keySet()')
        src += "\n  @Override\n  public String toString() {\n    return \"%s[\" + %s + \"]\";\n  }\n" % (
            name, ' + ", " + '.join(parts))
    src += "}\n"
    open(os.path.join(OUT, name + ".java"), "w", encoding="utf-8").write(src)

os.makedirs(OUT, exist_ok=True)
for n, (doc, fields) in M.items():
    gen(n, doc, fields)
print(len(M), "models")
