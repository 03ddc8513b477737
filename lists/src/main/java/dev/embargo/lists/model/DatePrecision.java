package dev.embargo.lists.model;

public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    RANGE
}
