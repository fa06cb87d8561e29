@NullMarked
package dev.limber.progress;

import org.jspecify.annotations.NullMarked;
