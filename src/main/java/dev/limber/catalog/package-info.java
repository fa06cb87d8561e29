@NullMarked
package dev.limber.catalog;

import org.jspecify.annotations.NullMarked;
