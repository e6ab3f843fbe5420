/**
 * Who may use Tandem: user accounts and their roles, sign-in, first-run setup and
 * personal API tokens.
 */
package dev.tandem.identity;
