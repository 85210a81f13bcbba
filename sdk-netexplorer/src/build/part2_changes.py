"""Part-2 request builders: name -> (javadoc, field lines, generic). A line: wire[=javaName] Type doc.
Types: String long int double boolean OffsetDateTime LocalTime List<String> List<Long> IdList EmailList IpList RootList
Map Secret."""
C = {}
C["RightFlags"] = ("Flags of an access right (seed \"Droit\", lines 106-119, 682-688). On create, flags not set are sent as false by the server.", """
browse boolean may browse the folder
read boolean may list and preview files
download boolean may download files
write boolean may add files
edit boolean may modify files
delete boolean may delete files
share boolean may invite and create links
""", False)
C["UserChanges"] = ("User fields to set on create or update (seed \"Utilisateur\", lines 132-166, 711-724). Only set fields are sent.", """
lastname String last name
firstname String first name
login String login
password Secret password
email String e-mail addresses, comma separated
organization String company (may create a group of that name)
phone String phone numbers, comma separated
active boolean account active
language String interface language (auto, fr, en...)
quota long quota in bytes
expire OffsetDateTime account expiry
plugin_outlook=pluginOutlook long Outlook attachments folder id
can_edit_options boolean may edit their own account
groups IdList group ids; an empty list removes every membership
role int user role
""", False)
C["InvitationChanges"] = ("Invitation fields to change (seed \"Invitation\", lines 167-178, 734-735). Only set fields are sent.", """
target String the invited e-mail
folder=folderId long the folder
rights int rights mask
expiration OffsetDateTime expiry
""", False)
C["GroupChanges"] = ("Group fields to set on create or update (seed \"Groupe\", lines 179-185). Only set fields are sent.", """
login=name String group name
members IdList member user ids
""", False)
C["ConnectionOptionsChanges"] = ("Connection options to set (seed \"Options de connexion\", lines 186-200, 748-755). Only set fields are sent.", """
ips IpList IP allow-list
days int allowed days mask
hour_start=hourStart LocalTime GMT time from which login is allowed
hour_end=hourEnd LocalTime GMT time after which login is refused
can_netsync boolean may synchronise
oauth_blocked int blocked applications mask (1 web, 2 mobile, 4 Outlook)
""", False)
C["DelegateChanges"] = ("Delegate permissions to set (seed \"Délégué\", lines 201-211, 765-768). Only set fields are sent.", """
users boolean may manage users
security boolean may manage access rights
alerts boolean may set e-mail alerts
""", False)
C["EmailChanges"] = ("E-mail fields to set (seed \"Email\", lines 212-224, 774-776). Only set fields are sent.", """
object=subject String subject
content String body, text or HTML
type String type; only EM_TE_ALERT at creation
from String sender (EM_TE_TOSEND)
to String recipients, comma separated (EM_TE_TOSEND)
""", False)
C["SharelinkChanges"] = ("Share-link fields to set (seed \"Partage par lien\", lines 255-279; request names guessed from the object). Only set fields are sent.", """
key String download key (reuse a key to group files)
name String name
expiration_date=expirationDate OffsetDateTime expiry
password Secret password
max_downloads int download limit
notify=notifyOwner boolean notify the owner on download
autoupdate boolean follow the newest version
only_preview boolean preview only
force_dl boolean force download
""", False)
C["ShareEmailChanges"] = ("Share e-mail fields to set (seed \"Partage par email\", lines 280-299; guessed). Only set fields are sent.", """
object=subject String subject
content String body
recipients EmailList recipient addresses
""", False)
C["ShareChanges"] = ("Share fields to set (seed \"Partage\", lines 225-238; request names guessed from the object). Only set fields are sent.", """
roots RootList shared files and folders
flags int rights mask of the link
expiration_date=expirationDate OffsetDateTime expiry
name String name
password Secret password
""", False)
C["UlinkChanges"] = ("Upload-link fields to set (seed \"Lien de dépôt\", lines 300-309, 782-786). Only set fields are sent.", """
folder_id=folderId long destination folder
key String access key
expiration_date=expirationDate OffsetDateTime expiry
password Secret password
notify=notifyOwner boolean notify the owner on deposit
""", False)
C["TemplateChanges"] = ("Template fields to set (seed \"Template\", lines 310-319). Only set fields are sent.", """
name String name
description String description
""", False)
C["SmtpSettings"] = ("SMTP settings to test (seed line 793).", """
smtp_host=host String host
smtp_port=port int port
smtp_auth=auth boolean authenticate
smtp_secure=secure String security (ssl, tls)
smtp_username=username String user name
smtp_password=password Secret password
smtp_debug=debug boolean more details on error
""", False)
C["ConfigChanges"] = ("Configuration values to set, sent as {@code {\"config\": {...}}} (seed 794-796). Only set values are sent.", """
default_language String default language
allow_guest boolean guest access
""", True)
C["SignatureChanges"] = ("Signature request fields (route known only from the listing; names guessed). Only set fields are sent.", """
name String name
message String message to signers
expiration OffsetDateTime expiry
""", False)
C["ActorChanges"] = ("Signature actor fields (guessed). Only set fields are sent.", """
firstname String first name
lastname String last name
phone String phone (SMS)
role String role
""", False)
C["SignatureFieldChanges"] = ("Signature field position (guessed from the workflow signature_fields, seed 855). Only set fields are sent.", """
actor_id=actorId long the signer
page int page, from 1
x double x from the bottom left
y double y from the bottom left
width double width
height double height
""", False)
C["ArchiveChanges"] = ("Archived file or folder fields to change (guessed from File/Folder). Only set fields are sent.", """
name String name
parent_id=parentId long parent folder
""", False)
C["OAuthAppChanges"] = ("OAuth2 application fields (seed 966-995; names guessed). Only set fields are sent.", """
name String name
description String description
type int 0 client-server, 1 server-server
scopes List<String> scopes (all, files.read, files.readwrite, offline...)
redirect_uri=redirectUri String redirect URI
""", False)
C["OAuthTokenRequest"] = ("A request to the OAuth2 token endpoint (standard OAuth2 form fields).", """
grant_type=grantType String authorization_code, client_credentials or refresh_token
code Secret authorization code
redirect_uri=redirectUri String redirect URI
client_id=clientId String client id
client_secret=clientSecret Secret client secret
refresh_token=refreshToken Secret refresh token
scope String scopes, space separated
""", False)
C["TagChanges"] = ("Tag fields (guessed). Only set fields are sent.", """
name String name
color String color
category_id=categoryId long category
""", False)
C["TagCategoryChanges"] = ("Tag category fields (guessed). Only set fields are sent.", """
name String name
color String color
""", False)
C["IdentityProviderChanges"] = ("Identity provider fields (guessed). Only set fields are sent.", """
name String name
type String kind (ldap, saml, oidc...)
enabled boolean active
settings Map provider settings
""", False)
