package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.model.IdentityMatching;
import org.gedkit.netexplorer.model.IdentityProvider;
import org.gedkit.netexplorer.model.IdentityTestResult;

/** Identity providers such as LDAP or SAML (routes known only from the listing, no object schema: fields guessed). Thread-safe. */
public final class IdentityProvidersApi {

  private final Ctx ctx;

  IdentityProvidersApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates a provider ({@code POST /identity/provider}; no seed text, route from the listing; medium confidence).
   *
   * @param name the name
   * @param type the provider kind (ldap, saml, oidc...)
   * @param changes the fields to set
   * @return the IdentityProvider; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public IdentityProvider create(String name, String type, IdentityProviderChanges changes) {
    ctx.nonBlank(name, Routes.POST_IDENTITY_PROVIDER, "name");
    ctx.nonBlank(type, Routes.POST_IDENTITY_PROVIDER, "type");
    ctx.nonNull(changes, Routes.POST_IDENTITY_PROVIDER, "changes");
    return ctx.json(ctx.req(Routes.POST_IDENTITY_PROVIDER)
        .jsonBody(Wire.merge(Wire.obj("name", name, "type", type), changes.toWire())).build(), IdentityProvider.class);
  }

  /**
   * Tests provider settings without saving them ({@code POST /identity/provider/test}; no seed text, route from the listing; medium confidence).
   *
   * @param settings the settings
   * @return the IdentityTestResult; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public IdentityTestResult test(IdentityProviderChanges settings) {
    ctx.nonNull(settings, Routes.POST_IDENTITY_PROVIDER_TEST, "settings");
    ctx.check(!settings.toWire().isEmpty(), Routes.POST_IDENTITY_PROVIDER_TEST, "settings must set at least one field");
    return ctx.json(ctx.req(Routes.POST_IDENTITY_PROVIDER_TEST)
        .jsonBody(settings.toWire()).build(), IdentityTestResult.class);
  }

  /**
   * One provider ({@code GET /identity/provider/{id}}; no seed text, route from the listing; medium confidence).
   *
   * @param providerId the provider id
   * @return the IdentityProvider; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public IdentityProvider get(long providerId) {
    ctx.id(providerId, Routes.GET_IDENTITY_PROVIDER_ID, "providerId");
    return ctx.json(ctx.req(Routes.GET_IDENTITY_PROVIDER_ID, providerId).build(), IdentityProvider.class);
  }

  /**
   * Updates a provider ({@code PUT /identity/provider/{id}}; no seed text, route from the listing; medium confidence).
   *
   * @param providerId the provider id
   * @param changes the fields to set
   * @return the IdentityProvider; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public IdentityProvider update(long providerId, IdentityProviderChanges changes) {
    ctx.id(providerId, Routes.PUT_IDENTITY_PROVIDER_ID, "providerId");
    ctx.nonNull(changes, Routes.PUT_IDENTITY_PROVIDER_ID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_IDENTITY_PROVIDER_ID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_IDENTITY_PROVIDER_ID, providerId)
        .jsonBody(changes.toWire()).build(), IdentityProvider.class);
  }

  /**
   * Deletes a provider ({@code DELETE /identity/provider/{id}}; no seed text, route from the listing; medium confidence).
   *
   * @param providerId the provider id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long providerId) {
    ctx.id(providerId, Routes.DELETE_IDENTITY_PROVIDER_ID, "providerId");
    ctx.ok(ctx.req(Routes.DELETE_IDENTITY_PROVIDER_ID, providerId).build());
  }

  /**
   * The attribute matching of a provider ({@code GET /identity/provider/{id}/matching}; no seed text, route from the listing; medium confidence).
   *
   * @param providerId the provider id
   * @return the IdentityMatching; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public IdentityMatching matching(long providerId) {
    ctx.id(providerId, Routes.GET_IDENTITY_PROVIDER_ID_MATCHING, "providerId");
    return ctx.json(ctx.req(Routes.GET_IDENTITY_PROVIDER_ID_MATCHING, providerId).build(), IdentityMatching.class);
  }

  /**
   * Starts a synchronisation of a provider ({@code POST /identity/provider/{id}/sync}; no seed text, route from the listing; medium confidence).
   *
   * @param providerId the provider id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void sync(long providerId) {
    ctx.id(providerId, Routes.POST_IDENTITY_PROVIDER_ID_SYNC, "providerId");
    ctx.ok(ctx.req(Routes.POST_IDENTITY_PROVIDER_ID_SYNC, providerId).build());
  }

  /**
   * Every provider ({@code GET /identity/providers}; no seed text, route from the listing; medium confidence).
   *
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<IdentityProvider> list() {
    return ctx.list(ctx.req(Routes.GET_IDENTITY_PROVIDERS).build(), IdentityProvider.class);
  }
}
