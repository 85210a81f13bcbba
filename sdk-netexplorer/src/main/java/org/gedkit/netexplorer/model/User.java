package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A user account (seed "Utilisateur", lines 132-166); GET /account returns the current one.
 *
 * @param id unique id (a string on the wire) (wire {@code id}); never null
 * @param lastname last name (wire {@code lastname}); never null, empty when the server omits it
 * @param firstname first name (wire {@code firstname}); never null, empty when the server omits it
 * @param login login (wire {@code login}); never null, empty when the server omits it
 * @param email e-mail addresses, comma separated (wire {@code email}); never null, empty when the server omits it
 * @param roots ids of the user's root folders (wire {@code roots}); never null, empty when absent
 * @param organization company (wire {@code organization}); never null, empty when the server omits it
 * @param phone phone numbers, comma separated (wire {@code phone}); never null, empty when the server omits it
 * @param active the account is active (wire {@code active}); never null, empty when the server omits it
 * @param language interface language (auto, fr, en, ...) (wire {@code language}); never null, empty when the server omits it
 * @param currentLanguage language in use (GET /account only) (wire {@code current_language}); never null, empty when the server omits it
 * @param quota quota in bytes; empty = none (wire {@code quota}); never null, empty when the server omits it
 * @param expire account expiry date; empty = never (wire {@code expire}); never null, empty when the server omits it
 * @param creationDate account creation date (wire {@code creation_date}); never null, empty when the server omits it
 * @param lastLogin last login (wire {@code last_login}); never null, empty when the server omits it
 * @param pluginOutlook folder id of Outlook attachments, when the connector is allowed (wire {@code plugin_outlook}); never null, empty when the server omits it
 * @param ldap the account comes from an external directory (wire {@code ldap}); never null, empty when the server omits it
 * @param canEditOptions the user may edit their own account (wire {@code can_edit_options}); never null, empty when the server omits it
 * @param canAdmin platform administrator (wire {@code can_admin}); never null, empty when the server omits it
 * @param canAdminUsers may manage user accounts (wire {@code can_admin_users}); never null, empty when the server omits it
 * @param groups groups the user belongs to (wire {@code groups}); never null, empty when absent
 * @param delegateOf groups the user is delegate of (wire {@code delegate_of}); never null, empty when absent
 * @param hasMfaYubikey Yubikey second factor configured (wire {@code has_mfa_yubikey}); never null, empty when the server omits it
 * @param hasMfaOtp OTP second factor configured (wire {@code has_mfa_otp}); never null, empty when the server omits it
 * @param hasMfaSms SMS second factor configured (wire {@code has_mfa_sms}); never null, empty when the server omits it
 * @param canMfaYubikey may configure Yubikey (wire {@code can_mfa_yubikey}); never null, empty when the server omits it
 * @param canMfaOtp may configure OTP (wire {@code can_mfa_otp}); never null, empty when the server omits it
 * @param canMfaSms may configure SMS (wire {@code can_mfa_sms}); never null, empty when the server omits it
 * @param mfaRequired must configure a second factor (wire {@code mfa_required}); never null, empty when the server omits it
 * @param role user role (also its system group) (wire {@code role}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record User(
    @JsonProperty("id") String id,
    @JsonProperty("lastname") Optional<String> lastname,
    @JsonProperty("firstname") Optional<String> firstname,
    @JsonProperty("login") Optional<String> login,
    @JsonProperty("email") Optional<String> email,
    @JsonProperty("roots") List<Long> roots,
    @JsonProperty("organization") Optional<String> organization,
    @JsonProperty("phone") Optional<String> phone,
    @JsonProperty("active") Optional<Boolean> active,
    @JsonProperty("language") Optional<String> language,
    @JsonProperty("current_language") Optional<String> currentLanguage,
    @JsonProperty("quota") Optional<Long> quota,
    @JsonProperty("expire") Optional<OffsetDateTime> expire,
    @JsonProperty("creation_date") Optional<OffsetDateTime> creationDate,
    @JsonProperty("last_login") Optional<OffsetDateTime> lastLogin,
    @JsonProperty("plugin_outlook") Optional<Long> pluginOutlook,
    @JsonProperty("ldap") Optional<Boolean> ldap,
    @JsonProperty("can_edit_options") Optional<Boolean> canEditOptions,
    @JsonProperty("can_admin") Optional<Boolean> canAdmin,
    @JsonProperty("can_admin_users") Optional<Boolean> canAdminUsers,
    @JsonProperty("groups") List<Group> groups,
    @JsonProperty("delegate_of") List<Group> delegateOf,
    @JsonProperty("has_mfa_yubikey") Optional<Boolean> hasMfaYubikey,
    @JsonProperty("has_mfa_otp") Optional<Boolean> hasMfaOtp,
    @JsonProperty("has_mfa_sms") Optional<Boolean> hasMfaSms,
    @JsonProperty("can_mfa_yubikey") Optional<Boolean> canMfaYubikey,
    @JsonProperty("can_mfa_otp") Optional<Boolean> canMfaOtp,
    @JsonProperty("can_mfa_sms") Optional<Boolean> canMfaSms,
    @JsonProperty("mfa_required") Optional<Boolean> mfaRequired,
    @JsonProperty("role") Optional<Integer> role,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (a string on the wire) (wire {@code id}); never null
   * @param lastname last name (wire {@code lastname}); never null, empty when the server omits it
   * @param firstname first name (wire {@code firstname}); never null, empty when the server omits it
   * @param login login (wire {@code login}); never null, empty when the server omits it
   * @param email e-mail addresses, comma separated (wire {@code email}); never null, empty when the server omits it
   * @param roots ids of the user's root folders (wire {@code roots}); never null, empty when absent
   * @param organization company (wire {@code organization}); never null, empty when the server omits it
   * @param phone phone numbers, comma separated (wire {@code phone}); never null, empty when the server omits it
   * @param active the account is active (wire {@code active}); never null, empty when the server omits it
   * @param language interface language (auto, fr, en, ...) (wire {@code language}); never null, empty when the server omits it
   * @param currentLanguage language in use (GET /account only) (wire {@code current_language}); never null, empty when the server omits it
   * @param quota quota in bytes; empty = none (wire {@code quota}); never null, empty when the server omits it
   * @param expire account expiry date; empty = never (wire {@code expire}); never null, empty when the server omits it
   * @param creationDate account creation date (wire {@code creation_date}); never null, empty when the server omits it
   * @param lastLogin last login (wire {@code last_login}); never null, empty when the server omits it
   * @param pluginOutlook folder id of Outlook attachments, when the connector is allowed (wire {@code plugin_outlook}); never null, empty when the server omits it
   * @param ldap the account comes from an external directory (wire {@code ldap}); never null, empty when the server omits it
   * @param canEditOptions the user may edit their own account (wire {@code can_edit_options}); never null, empty when the server omits it
   * @param canAdmin platform administrator (wire {@code can_admin}); never null, empty when the server omits it
   * @param canAdminUsers may manage user accounts (wire {@code can_admin_users}); never null, empty when the server omits it
   * @param groups groups the user belongs to (wire {@code groups}); never null, empty when absent
   * @param delegateOf groups the user is delegate of (wire {@code delegate_of}); never null, empty when absent
   * @param hasMfaYubikey Yubikey second factor configured (wire {@code has_mfa_yubikey}); never null, empty when the server omits it
   * @param hasMfaOtp OTP second factor configured (wire {@code has_mfa_otp}); never null, empty when the server omits it
   * @param hasMfaSms SMS second factor configured (wire {@code has_mfa_sms}); never null, empty when the server omits it
   * @param canMfaYubikey may configure Yubikey (wire {@code can_mfa_yubikey}); never null, empty when the server omits it
   * @param canMfaOtp may configure OTP (wire {@code can_mfa_otp}); never null, empty when the server omits it
   * @param canMfaSms may configure SMS (wire {@code can_mfa_sms}); never null, empty when the server omits it
   * @param mfaRequired must configure a second factor (wire {@code mfa_required}); never null, empty when the server omits it
   * @param role user role (also its system group) (wire {@code role}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public User {
    id = Norm.str(id);
    lastname = Norm.opt(lastname);
    firstname = Norm.opt(firstname);
    login = Norm.opt(login);
    email = Norm.opt(email);
    roots = Norm.list(roots);
    organization = Norm.opt(organization);
    phone = Norm.opt(phone);
    active = Norm.opt(active);
    language = Norm.opt(language);
    currentLanguage = Norm.opt(currentLanguage);
    quota = Norm.opt(quota);
    expire = Norm.opt(expire);
    creationDate = Norm.opt(creationDate);
    lastLogin = Norm.opt(lastLogin);
    pluginOutlook = Norm.opt(pluginOutlook);
    ldap = Norm.opt(ldap);
    canEditOptions = Norm.opt(canEditOptions);
    canAdmin = Norm.opt(canAdmin);
    canAdminUsers = Norm.opt(canAdminUsers);
    groups = Norm.list(groups);
    delegateOf = Norm.list(delegateOf);
    hasMfaYubikey = Norm.opt(hasMfaYubikey);
    hasMfaOtp = Norm.opt(hasMfaOtp);
    hasMfaSms = Norm.opt(hasMfaSms);
    canMfaYubikey = Norm.opt(canMfaYubikey);
    canMfaOtp = Norm.opt(canMfaOtp);
    canMfaSms = Norm.opt(canMfaSms);
    mfaRequired = Norm.opt(mfaRequired);
    role = Norm.opt(role);
    extra = ExtraFields.copyOf(extra);
  }
}
