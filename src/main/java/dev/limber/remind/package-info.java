@NullMarked
package dev.limber.remind;

import org.jspecify.annotations.NullMarked;
