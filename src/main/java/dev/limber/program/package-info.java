@NullMarked
package dev.limber.program;

import org.jspecify.annotations.NullMarked;
