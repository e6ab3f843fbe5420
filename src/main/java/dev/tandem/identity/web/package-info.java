/** Pages and API endpoints for accounts, tokens, user management and invitations. */
package dev.tandem.identity.web;
