@NullMarked
package dev.limber.tui;

import org.jspecify.annotations.NullMarked;
