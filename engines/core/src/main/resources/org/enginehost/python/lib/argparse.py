"""Command-line parsing for Enginehost (the CPython 3.11 `argparse` API, written from its documentation).

The parser works in two steps: every argv string is first classified ('O' for an option, 'A'
for an argument, '-' for the '--' marker), then options take their arguments and positionals
are matched greedily with regular expressions over that classification string.
"""

import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = [
    "ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction", "FileType",
    "HelpFormatter", "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
    "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action",
    "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE",
]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."

# attribute under which a sub-parser hands its unrecognized strings back to the main parser
_LEFTOVER_ATTR = "_unrecognized_args"

_NEGATIVE_NUMBER = _re.compile(r"^-\d+$|^-\d*\.\d+$")


def _repr_of(obj, positional, keyword):
    """'TypeName(a, b, k=v, **{...})'; keys that are not identifiers go into a ** dict."""
    parts = [repr(value) for value in positional]
    odd_keys = {}
    for name, value in keyword:
        if name.isidentifier():
            parts.append("%s=%r" % (name, value))
        else:
            odd_keys[name] = value
    if odd_keys:
        parts.append("**%s" % repr(odd_keys))
    return "%s(%s)" % (type(obj).__name__, ", ".join(parts))


def _display_name(action):
    """How an error message names an argument: its option strings, metavar, dest or choices."""
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


# ---------------------------------------------------------------------------------------------
# Namespace and exceptions

class Namespace:
    """A plain attribute bag holding the parsed values."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        return _repr_of(self, (), list(self.__dict__.items()))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


class ArgumentError(Exception):
    """A problem with one argument (or with how it was defined)."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function; its text becomes the error message."""


# ---------------------------------------------------------------------------------------------
# Actions

_ACTION_FIELDS = ("option_strings", "dest", "nargs", "const", "default", "type", "choices",
                  "required", "help", "metavar")


class Action:
    """What to do when an argument is met; subclasses implement __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        return _repr_of(self, (), [(name, getattr(self, name)) for name in _ACTION_FIELDS])

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


def _reject_bad_store_nargs(kind, nargs, const, advice):
    if nargs == 0:
        raise ValueError("nargs for %s actions must be != 0; %s" % (kind, advice))
    if const is not None and nargs != OPTIONAL:
        raise ValueError("nargs must be %r to supply const" % OPTIONAL)


def _list_copy(items):
    """A fresh list to append to, so a shared default list is never mutated."""
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _reject_bad_store_nargs("store", nargs, const,
                                "if you have nothing to store, actions such as store true or "
                                "store const may be more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _reject_bad_store_nargs("append", nargs, const,
                                "if arg strings are not supplying the value to append, the "
                                "append const action may be more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _list_copy(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _list_copy(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _list_copy(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (so_far or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = getattr(parser, "version", None)
        formatter = parser._new_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs storing True or False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for option_string in option_strings:
            both.append(option_string)
            if option_string.startswith("--"):
                both.append("--no-" + option_string[2:])
        super().__init__(both, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubcommandHelpEntry(Action):
    """A help-only line for one sub-command, listed under the sub-parsers argument."""

    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown += " (%s)" % ", ".join(aliases)
        super().__init__([], dest=name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The positional that selects a sub-command and hands the rest to its parser."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._help_entries = []
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            self._help_entries.append(_SubcommandHelpEntry(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._help_entries

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            chosen = self._name_parser_map[name]
        except KeyError:
            raise ArgumentError(self, "unknown parser %r (choices: %s)"
                                % (name, ", ".join(self._name_parser_map))) from None
        sub_namespace, leftover = chosen.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_LEFTOVER_ATTR, [])
            getattr(namespace, _LEFTOVER_ATTR).extend(leftover)


_ACTION_NAMES = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
    "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
    "version": _VersionAction, "parsers": _SubParsersAction, "extend": _ExtendAction,
}


class FileType:
    """A type= factory opening the named file ('-' means stdin or stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin.buffer if "b" in self._mode else _sys.stdin
            if any(c in self._mode for c in "wax"):
                return _sys.stdout.buffer if "b" in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        shown += ["%s=%r" % (name, value) for name, value in
                  (("encoding", self._encoding), ("errors", self._errors)) if value is not None]
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))


# ---------------------------------------------------------------------------------------------
# Help formatting

def _terminal_width():
    """COLUMNS if it holds a positive number, else 80 (a sandbox may forbid reading it)."""
    try:
        columns = int(_os.environ["COLUMNS"])
    except (KeyError, ValueError, OSError):
        return 80
    return columns if columns > 0 else 80


def _squeeze_whitespace(text):
    return _re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()


# one usage "word": a bracketed or parenthesised group, or any run of non-blanks
_USAGE_WORD = _re.compile(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")


class _Section:
    """A heading plus items; each item renders itself given the indent."""

    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.items = []


class HelpFormatter:
    """Lays out usage and help text; only the class names are meant for public use."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_step = indent_increment
        self._width = width
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._root = _Section(None, None)
        self._section = self._root
        self._depth_indent = 0
        self._longest_invocation = 0

    # -- building ---------------------------------------------------------------------------

    def start_section(self, heading):
        self._depth_indent += self._indent_step
        section = _Section(self._section, heading)
        self._section.items.append(lambda indent: self._render_section(section, indent))
        self._section = section

    def end_section(self):
        self._section = self._section.parent
        self._depth_indent -= self._indent_step

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._section.items.append(lambda indent: self._format_text(text, indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            actions = list(actions)
            self._section.items.append(
                lambda indent: self._format_usage(usage, actions, groups, prefix, indent))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widths = [len(self._invocation(action)) + self._depth_indent]
        for entry in self._sub_entries(action):
            widths.append(len(self._invocation(entry)) + self._depth_indent + self._indent_step)
        self._longest_invocation = max(self._longest_invocation, max(widths))
        self._section.items.append(lambda indent: self._format_action(action, indent))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._render_items(self._root, 0)
        if text:
            text = _re.sub(r"\n\n\n+", "\n\n", text)
            text = text.strip("\n") + "\n"
        return text

    # -- rendering ----------------------------------------------------------------------------

    def _render_items(self, section, indent):
        return "".join(item(indent) for item in section.items)

    def _render_section(self, section, outer_indent):
        body = self._render_items(section, outer_indent + self._indent_step)
        if not body:
            return ""
        heading = ""
        if section.heading is not SUPPRESS and section.heading is not None:
            heading = "%s%s:\n" % (" " * outer_indent, section.heading)
        return "\n" + heading + body + "\n"

    def _format_text(self, text, indent):
        if "%(prog)" in text:
            text = text % {"prog": self._prog}
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, " " * indent) + "\n\n"

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_squeeze_whitespace(text), width, initial_indent=indent,
                              subsequent_indent=indent)

    def _split_lines(self, text, width):
        return _textwrap.wrap(_squeeze_whitespace(text), width)

    def _sub_entries(self, action):
        entries = getattr(action, "_get_subactions", None)
        return entries() if entries is not None else []

    def _format_action(self, action, indent):
        help_position = min(self._longest_invocation + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        header_width = help_position - indent - 2
        header = self._invocation(action)
        lead = " " * indent
        if not action.help:
            parts = [lead + header + "\n"]
            first_line_indent = None
        elif len(header) <= header_width:
            parts = [lead + header.ljust(header_width) + "  "]
            first_line_indent = 0
        else:
            parts = [lead + header + "\n"]
            first_line_indent = help_position
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append(" " * first_line_indent + lines[0] + "\n")
                parts.extend(" " * help_position + line + "\n" for line in lines[1:])
        elif not parts[0].endswith("\n"):
            parts.append("\n")
        for entry in self._sub_entries(action):
            parts.append(self._format_action(entry, indent + self._indent_step))
        return "".join(parts)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for name in list(values):
            value = values[name]
            if value is SUPPRESS:
                del values[name]
            elif hasattr(value, "__name__"):
                values[name] = value.__name__
        if values.get("choices") is not None:
            values["choices"] = ", ".join(str(choice) for choice in values["choices"])
        return self._get_help_string(action) % values

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    # -- metavars and invocations -------------------------------------------------------------

    def _metavars(self, action, fallback, count):
        """A tuple of `count` metavar strings (a tuple metavar is returned as given)."""
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = "{%s}" % ",".join(str(choice) for choice in action.choices)
        else:
            name = fallback
        if isinstance(name, tuple):
            return name
        return (name,) * count

    def _format_args(self, action, fallback):
        nargs = action.nargs
        if nargs is None:
            return "%s" % self._metavars(action, fallback, 1)
        if nargs == OPTIONAL:
            return "[%s]" % self._metavars(action, fallback, 1)
        if nargs == ZERO_OR_MORE:
            names = self._metavars(action, fallback, 1)
            if len(names) == 2:
                return "[%s [%s ...]]" % names
            return "[%s ...]" % names
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % self._metavars(action, fallback, 2)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % self._metavars(action, fallback, 1)
        if nargs == SUPPRESS:
            return ""
        try:
            slots = " ".join(["%s"] * nargs)
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return slots % self._metavars(action, fallback, nargs)

    def _invocation(self, action):
        if not action.option_strings:
            fallback = self._get_default_metavar_for_positional(action)
            name, = self._metavars(action, fallback, 1)
            return name
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join("%s %s" % (option, args) for option in action.option_strings)

    # -- usage ----------------------------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix, indent):
        if prefix is None:
            prefix = "usage: "
        prog = "%(prog)s" % {"prog": self._prog}
        if usage is not None:
            usage = usage % {"prog": self._prog}
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            everything = self._actions_usage(optionals + positionals, groups)
            usage = " ".join(piece for piece in (prog, everything) if piece)
            width = self._width - indent
            if len(prefix) + len(usage) > width:
                usage = self._wrapped_usage(prog, prefix, width,
                                            self._actions_usage(optionals, groups),
                                            self._actions_usage(positionals, groups))
        return "%s%s\n\n" % (prefix, usage)

    def _wrapped_usage(self, prog, prefix, width, optional_text, positional_text):
        opt_words = _USAGE_WORD.findall(optional_text)
        pos_words = _USAGE_WORD.findall(positional_text)
        if len(prefix) + len(prog) <= 0.75 * width:
            # continuation lines line up after the program name
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_words:
                lines = _fill_words([prog] + opt_words, indent, width, len(prefix))
                lines += _fill_words(pos_words, indent, width)
            elif pos_words:
                lines = _fill_words([prog] + pos_words, indent, width, len(prefix))
            else:
                lines = [prog]
        else:
            # the program name is too long: it gets a line of its own
            indent = " " * len(prefix)
            lines = _fill_words(opt_words + pos_words, indent, width)
            if len(lines) > 1:
                lines = (_fill_words(opt_words, indent, width)
                         + _fill_words(pos_words, indent, width))
            lines = [prog] + lines
        return "\n".join(lines)

    def _actions_usage(self, actions, groups):
        group_of, marks = self._group_marks(actions, groups)
        for position, action in enumerate(actions):
            if action.help is SUPPRESS:
                # a hidden group member takes one of its '|' separators with it
                if marks.get(position) == "|":
                    del marks[position]
                elif marks.get(position + 1) == "|":
                    del marks[position + 1]
        tokens = []
        for position, action in enumerate(actions):
            if position in marks:
                tokens.append(marks[position])
            if action.help is not SUPPRESS:
                tokens.append(self._action_usage(action, action in group_of))
        if len(actions) in marks:
            tokens.append(marks[len(actions)])
        text = " ".join(tokens)
        text = _re.sub(r"([\[(]) ", r"\1", text)
        text = _re.sub(r" ([\])])", r"\1", text)
        text = _re.sub(r"[\[(] *[\])]", "", text)
        return text.strip()

    def _group_marks(self, actions, groups):
        """Brackets and bars around groups whose members appear together, in order.

        Returns the set of grouped actions and a map from a position in `actions` to the
        mark written just before the action at that position.
        """
        grouped = set()
        marks = {}

        def put(position, mark):
            marks[position] = marks[position] + " " + mark if position in marks else mark

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError("empty group %s" % (group,))
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            grouped.update(members)
            if not group.required:
                put(start, "[")
                marks[end] = marks[end] + "]" if end in marks else "]"
            elif sum(1 for a in members if a.help is not SUPPRESS) > 1:
                put(start, "(")
                marks[end] = marks[end] + ")" if end in marks else ")"
            for position in range(start + 1, end):
                marks[position] = "|"
        return grouped, marks

    def _action_usage(self, action, in_group):
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and text[:1] == "[" and text[-1:] == "]":
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            args = self._format_args(action, self._get_default_metavar_for_optional(action))
            text = "%s %s" % (action.option_strings[0], args)
        if not action.required and not in_group:
            text = "[%s]" % text
        return text


def _fill_words(words, indent, width, prefix_length=None):
    """Greedy line filling for usage words; the first line may follow a 'usage: ' prefix."""
    lines = []
    line = []
    used = (len(indent) if prefix_length is None else prefix_length) - 1
    for word in words:
        if line and used + 1 + len(word) > width:
            lines.append(indent + " ".join(line))
            line = []
            used = len(indent) - 1
        line.append(word)
        used += len(word) + 1
    if line:
        lines.append(indent + " ".join(line))
    if prefix_length is not None and lines:
        lines[0] = lines[0][len(indent):]
    return lines


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog text exactly as written."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text's line breaks as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to the help of arguments that have one."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ""
        if "%(default)" not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Argument containers: the parser, its argument groups and mutually exclusive groups

class _SharedTables:
    """The bookkeeping a parser shares with all of its groups."""

    def __init__(self, prefix_chars, argument_default):
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.actions = []
        self.option_map = {}
        self.defaults = {}
        self.action_groups = []
        self.exclusive_groups = []
        self.negative_number_options = False
        self.registries = {"action": dict(_ACTION_NAMES), "type": {None: lambda text: text}}


class _Container:
    """add_argument and friends, common to parsers and groups."""

    def __init__(self, tables, conflict_handler):
        if conflict_handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value: %r" % (conflict_handler,))
        self._tables = tables
        self.conflict_handler = conflict_handler

    @property
    def prefix_chars(self):
        return self._tables.prefix_chars

    @property
    def argument_default(self):
        return self._tables.argument_default

    @property
    def _actions(self):
        return self._tables.actions

    def register(self, registry_name, value, object):
        self._tables.registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._tables.registries.setdefault(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._tables.defaults.update(kwargs)
        for action in self._tables.actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._tables.actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._tables.defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """Define one argument; positional if its single name has no prefix character."""
        if not args or (len(args) == 1 and args[0][:1] not in self.prefix_chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._tables.defaults:
                kwargs["default"] = self._tables.defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_class = kwargs.pop("action", None)
        action_class = self._registry_get("action", action_class, action_class)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get("type", action.type, action.type)
        if not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if type_func is FileType:
            raise ValueError("%r is a FileType class object, instance of it must be passed"
                             % (type_func,))
        try:
            HelpFormatter("")._format_args(action, None)
        except TypeError:
            raise ValueError("length of metavar tuple does not match nargs") from None
        return self._add_action(action)

    def _positional_kwargs(self, dest=None, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get("nargs")
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs["required"] = True
        if nargs == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *option_strings, **kwargs):
        long_forms = []
        for option_string in option_strings:
            if not option_string or option_string[0] not in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (option_string, self.prefix_chars))
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_forms.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            source = long_forms[0] if long_forms else option_strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % option_strings[-1])
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=list(option_strings))

    def _add_action(self, action):
        self._settle_conflicts(action)
        tables = self._tables
        tables.actions.append(action)
        action._owner = self
        for option_string in action.option_strings:
            tables.option_map[option_string] = action
            if _NEGATIVE_NUMBER.match(option_string):
                tables.negative_number_options = True
        return action

    def _remove_action(self, action):
        self._tables.actions.remove(action)

    def _settle_conflicts(self, action):
        clashes = [(option, self._tables.option_map[option]) for option in action.option_strings
                   if option in self._tables.option_map]
        if not clashes:
            return
        if self.conflict_handler == "error":
            noun = "string" if len(clashes) == 1 else "strings"
            raise ArgumentError(action, "conflicting option %s: %s"
                                % (noun, ", ".join(option for option, _ in clashes)))
        for option, older in clashes:
            older.option_strings.remove(option)
            self._tables.option_map.pop(option, None)
            if not older.option_strings:
                older._owner._remove_action(older)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._tables.action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._tables.exclusive_groups.append(group)
        return group

    def _copy_actions_from(self, other):
        """Adopt another parser's arguments, groups and exclusive groups (for parents=)."""
        by_title = {}
        for group in self._tables.action_groups:
            if group.title in by_title:
                raise ValueError("cannot merge actions - two groups are named %r" % (group.title,))
            by_title[group.title] = group
        destination = {}
        for group in other._tables.action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[action] = by_title[group.title]
        for group in other._tables.exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[action] = copy
        for action in other._tables.actions:
            destination.get(action, self)._add_action(action)


class _ArgumentGroup(_Container):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, conflict_handler=None,
                 prefix_chars=None, argument_default=None):
        if conflict_handler is None:
            conflict_handler = container.conflict_handler
        super().__init__(container._tables, conflict_handler)
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument_group(self, *args, **kwargs):
        # a nested group is parsed but, as in CPython 3.11, never shown in the help
        import warnings
        warnings.warn("Nesting argument groups is deprecated.", DeprecationWarning, stacklevel=2)
        return _ArgumentGroup(self, *args, **kwargs)

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or, if required, exactly one) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def add_mutually_exclusive_group(self, **kwargs):
        import warnings
        warnings.warn("Nesting mutually exclusive groups is deprecated.", DeprecationWarning,
                      stacklevel=2)
        return super().add_mutually_exclusive_group(**kwargs)

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------------------------------------
# Parsing

def _nargs_regex(action):
    """A regex over the classification string matching the strings `action` consumes.

    'A' is an argument, 'O' an option, '-' the '--' marker.  Options never swallow a '--'.
    """
    nargs = action.nargs
    if nargs is None:
        pattern = "(-*A-*)"
    elif nargs == OPTIONAL:
        pattern = "(-*A?-*)"
    elif nargs == ZERO_OR_MORE:
        pattern = "(-*[A-]*)"
    elif nargs == ONE_OR_MORE:
        pattern = "(-*A[A-]*)"
    elif nargs == REMAINDER:
        pattern = "([-AO]*)"
    elif nargs == PARSER:
        pattern = "(-*A[-AO]*)"
    elif nargs == SUPPRESS:
        pattern = "(-*-*)"
    else:
        pattern = "(-*%s-*)" % "-*".join("A" * nargs)
    if action.option_strings:
        pattern = pattern.replace("-*", "").replace("-", "")
    return pattern


_COUNT_MESSAGES = {None: "expected one argument", OPTIONAL: "expected at most one argument",
                   ONE_OR_MORE: "expected at least one argument"}


def _count_for_option(action, classes):
    """How many of the following strings (described by `classes`) the option takes."""
    found = _re.match(_nargs_regex(action), classes)
    if found is None:
        if action.nargs in _COUNT_MESSAGES:
            message = _COUNT_MESSAGES[action.nargs]
        elif action.nargs == 1:
            message = "expected 1 argument"
        else:
            message = "expected %s arguments" % action.nargs
        raise ArgumentError(action, message)
    return len(found.group(1))


def _counts_for_positionals(actions, classes):
    """Argument counts for the longest run of leading positionals that can match."""
    for size in range(len(actions), 0, -1):
        pattern = "".join(_nargs_regex(action) for action in actions[:size])
        found = _re.match(pattern, classes)
        if found is not None:
            return [len(group) for group in found.groups()]
    return []


class _ParseRun:
    """The state of one parse_known_args call."""

    def __init__(self, parser, strings, namespace, positionals, optionals_required):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.positionals = positionals
        self.optionals_required = optionals_required
        self.extras = []
        self.seen = set()
        self.seen_with_value = set()
        self.rivals = self._exclusive_rivals()
        self.options_at = {}
        self.classes = self._classify()

    def _exclusive_rivals(self):
        rivals = {}
        for group in self.parser._tables.exclusive_groups:
            members = group._group_actions
            for index, member in enumerate(members):
                rivals.setdefault(member, []).extend(members[:index] + members[index + 1:])
        return rivals

    def _classify(self):
        classes = []
        after_marker = False
        for index, text in enumerate(self.strings):
            if after_marker:
                classes.append("A")
            elif text == "--":
                classes.append("-")
                after_marker = True
            else:
                found = self.parser._recognise_option(text)
                if found is None:
                    classes.append("A")
                else:
                    self.options_at[index] = found
                    classes.append("O")
        return "".join(classes)

    def run(self):
        index = 0
        last_option = max(self.options_at, default=-1)
        while index <= last_option:
            next_option = min(i for i in self.options_at if i >= index)
            if index != next_option:
                after = self._take_positionals(index)
                if after > index:
                    index = after
                    continue
            if index not in self.options_at:
                self.extras.extend(self.strings[index:next_option])
                index = next_option
            index = self._take_option(index)
        index = self._take_positionals(index)
        self.extras.extend(self.strings[index:])
        self._finish()
        return self.namespace, self.extras

    def _take_positionals(self, index):
        counts = _counts_for_positionals(self.positionals, self.classes[index:])
        for action, count in zip(self.positionals, counts):
            self._apply(action, self.strings[index:index + count])
            index += count
        del self.positionals[:len(counts)]
        return index

    def _take_option(self, index):
        action, option_string, attached = self.options_at[index]
        if action is None:
            self.extras.append(self.strings[index])
            return index + 1
        pending = []
        prefix_chars = self.parser.prefix_chars
        while True:
            if attached is None:
                start = index + 1
                count = _count_for_option(action, self.classes[start:])
                pending.append((action, self.strings[start:start + count], option_string))
                stop = start + count
                break
            count = _count_for_option(action, "A")
            if count == 0 and option_string[1] not in prefix_chars and attached != "":
                # '-xyz' is '-x' followed by the short flags (or value) 'yz'
                pending.append((action, [], option_string))
                option_string = option_string[0] + attached[0]
                remainder = attached[1:] or None
                if option_string not in self.parser._tables.option_map:
                    raise ArgumentError(action, "ignored explicit argument %r" % attached)
                action = self.parser._tables.option_map[option_string]
                attached = remainder
            elif count == 1:
                pending.append((action, [attached], option_string))
                stop = index + 1
                break
            else:
                raise ArgumentError(action, "ignored explicit argument %r" % attached)
        for action, args, option_string in pending:
            self._apply(action, args, option_string)
        return stop

    def _apply(self, action, args, option_string=None):
        self.seen.add(action)
        values = self.parser._values_for(action, args)
        if values is not action.default:
            self.seen_with_value.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_with_value:
                    raise ArgumentError(action, "not allowed with argument %s"
                                        % _display_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def _finish(self):
        """Report missing required arguments and apply types to unused string defaults."""
        parser = self.parser
        missing = []
        for action in parser._tables.actions:
            if action in self.seen:
                continue
            # the two passes of parse_intermixed_args each check only their own kind
            if action.option_strings and not self.optionals_required:
                continue
            if not action.option_strings and action not in self.positionals:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (isinstance(action.default, str) and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace, action.dest)):
                setattr(self.namespace, action.dest, parser._convert(action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._tables.exclusive_groups:
            if group.required and not any(a in self.seen_with_value for a in group._group_actions):
                names = [_display_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error("one of the arguments %s is required" % " ".join(names))


class ArgumentParser(_Container):
    """Turns a list of command-line strings into a Namespace, and writes help about it."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(_SharedTables(prefix_chars, argument_default), conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ""
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positional_group = self.add_argument_group("positional arguments")
        self._option_group = self.add_argument_group("options")
        self._subparsers_action = None
        if add_help:
            lead = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(lead + "h", lead * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._copy_actions_from(parent)
            self._tables.defaults.update(parent._tables.defaults)

    def __repr__(self):
        names = ("prog", "usage", "description", "formatter_class", "conflict_handler",
                 "add_help")
        return _repr_of(self, (), [(name, getattr(self, name)) for name in names])

    def _add_action(self, action):
        if action.option_strings:
            return self._option_group._add_action(action)
        return self._positional_group._add_action(action)

    def add_subparsers(self, **kwargs):
        """Add the sub-command positional; returns an object with add_parser()."""
        if self._subparsers_action is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            home = self.add_argument_group(title, description)
        else:
            home = self._positional_group
        if kwargs.get("prog") is None:
            formatter = self._new_formatter()
            positionals = [a for a in self._tables.actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._tables.exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        action_class = kwargs.pop("action", "parsers")
        action_class = self._registry_get("action", action_class, action_class)
        action = action_class(option_strings=[], **kwargs)
        home._add_action(action)
        self._subparsers_action = action
        return action

    # -- parsing ----------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error("unrecognized arguments: %s" % " ".join(leftover))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        return self._parse_known(args, namespace, with_positionals=True, optionals_required=True)

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error("unrecognized arguments: %s" % " ".join(leftover))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options anywhere first, then the positionals from whatever strings are left."""
        positionals = [a for a in self._tables.actions if not a.option_strings]
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError("parse_intermixed_args: positional arg with nargs=%s"
                                % action.nargs)
        for group in self._tables.exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError("parse_intermixed_args: positional in mutuallyExclusiveGroup")
        namespace, rest = self._parse_known(args, namespace, with_positionals=False,
                                            optionals_required=True)
        return self._parse_known(rest, namespace, with_positionals=True,
                                 optionals_required=False)

    def _parse_known(self, args, namespace, with_positionals, optionals_required):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        tables = self._tables
        for action in tables.actions:
            if not with_positionals and not action.option_strings:
                continue
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in tables.defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.fromfile_prefix_chars is not None:
            args = self._expand_file_args(args)
        positionals = []
        if with_positionals:
            positionals = [a for a in tables.actions if not a.option_strings]
        try:
            namespace, leftover = _ParseRun(self, args, namespace, positionals,
                                            optionals_required).run()
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, _LEFTOVER_ATTR):
            leftover.extend(getattr(namespace, _LEFTOVER_ATTR))
            delattr(namespace, _LEFTOVER_ATTR)
        return namespace, leftover

    def _expand_file_args(self, args):
        expanded = []
        for text in args:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    lines = handle.read().splitlines()
            except OSError as err:
                self.error(str(err))
            file_args = []
            for line in lines:
                file_args.extend(self.convert_arg_line_to_args(line))
            expanded.extend(self._expand_file_args(file_args))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _recognise_option(self, text):
        """(action or None, option string, attached value or None) for an option, else None."""
        option_map = self._tables.option_map
        if not text or text[0] not in self.prefix_chars:
            return None
        if text in option_map:
            return option_map[text], text, None
        if len(text) == 1:
            return None
        if "=" in text:
            name, attached = text.split("=", 1)
            if name in option_map:
                return option_map[name], name, attached
        candidates = self._abbreviation_candidates(text)
        if len(candidates) > 1:
            self.error("ambiguous option: %s could match %s"
                       % (text, ", ".join(option for _, option, _ in candidates)))
        if len(candidates) == 1:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(text) and not self._tables.negative_number_options:
            return None
        if " " in text:
            return None
        return None, text, None

    def _abbreviation_candidates(self, text):
        """Options that `text` may abbreviate; a short option may carry its value attached."""
        option_map = self._tables.option_map
        found = []
        if text[1] in self.prefix_chars:
            if not self.allow_abbrev:
                return found
            stem, attached = text.split("=", 1) if "=" in text else (text, None)
            for option in option_map:
                if option.startswith(stem):
                    found.append((option_map[option], option, attached))
            return found
        short_form = text[:2]
        for option in option_map:
            if option == short_form:
                found.append((option_map[option], option, text[2:]))
            elif option.startswith(text):
                found.append((option_map[option], option, None))
        return found

    def _convert(self, action, text):
        """Apply the action's type to one string, turning failures into ArgumentError."""
        converter = self._registry_get("type", action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, "%r is not callable" % (converter,))
        try:
            return converter(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, text))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, "invalid choice: %r (choose from %s)"
                                % (value, ", ".join(map(repr, action.choices))))

    def _values_for(self, action, args):
        """The value handed to the action for the strings it consumed."""
        if action.nargs not in (PARSER, REMAINDER) and "--" in args:
            args = list(args)
            args.remove("--")
        if not args and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if not args and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else args
            self._check_choice(action, value)
            return value
        if len(args) == 1 and action.nargs in (None, OPTIONAL):
            value = self._convert(action, args[0])
            self._check_choice(action, value)
            return value
        if action.nargs == REMAINDER:
            return [self._convert(action, text) for text in args]
        if action.nargs == PARSER:
            value = [self._convert(action, text) for text in args]
            self._check_choice(action, value[0])
            return value
        if action.nargs == SUPPRESS:
            return SUPPRESS
        value = [self._convert(action, text) for text in args]
        for item in value:
            self._check_choice(action, item)
        return value

    # -- help and messages ------------------------------------------------------------------

    def _new_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._new_formatter()
        formatter.add_usage(self.usage, self._tables.actions, self._tables.exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._new_formatter()
        formatter.add_usage(self.usage, self._tables.actions, self._tables.exclusive_groups)
        formatter.add_text(self.description)
        for group in self._tables.action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'prog: error: message' to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
