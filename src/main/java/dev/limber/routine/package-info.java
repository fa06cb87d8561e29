@NullMarked
package dev.limber.routine;

import org.jspecify.annotations.NullMarked;
