/**
 * Who is who: people and the hats they wear, cross-functional teams with their duos, and
 * groups of teams.
 */
package dev.tandem.org;
