/**
 * Tiny value types and domain errors that every module may use, and (in {@code web}) the
 * translation of domain field errors that every module's pages share.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.tandem.shared;
