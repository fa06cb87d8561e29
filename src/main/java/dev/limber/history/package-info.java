@NullMarked
package dev.limber.history;

import org.jspecify.annotations.NullMarked;
