package org.unmiss.kit.sample.widget.domain;

public enum Colour { RED, BLUE }
