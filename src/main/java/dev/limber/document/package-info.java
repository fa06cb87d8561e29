@NullMarked
package dev.limber.document;

import org.jspecify.annotations.NullMarked;
