/**
 * Users, registration, sign-in (form, HTTP Basic and personal access tokens), login
 * throttling and the security rules every other module relies on for per-user data.
 */
@ApplicationModule(allowedDependencies = { "system" })
package dev.storysmith.account;

import org.springframework.modulith.ApplicationModule;
