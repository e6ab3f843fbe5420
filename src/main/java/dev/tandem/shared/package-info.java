/**
 * Tiny value types and domain errors that every module may use; nothing with behaviour of
 * its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.tandem.shared;
