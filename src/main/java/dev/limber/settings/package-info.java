@NullMarked
package dev.limber.settings;

import org.jspecify.annotations.NullMarked;
