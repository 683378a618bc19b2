using System;
using System.Text;
using GovDisclosure.Rules.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Cli.Run(args, Console.Out, Console.Error, interactiveErrors: !Console.IsErrorRedirected, byCulture: Arguments.LanguageOfEnvironment());
