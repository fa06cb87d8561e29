@NullMarked
package dev.limber.plan;

import org.jspecify.annotations.NullMarked;
