import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NodePath, PluginObj, types as t } from '@babel/core';
import babel, { defineRolldownBabelPreset } from '@rolldown/plugin-babel';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { PluginOption } from 'vite';

const DOCUMENT = 'virtual:graphql-document/';
const RESOLVED = `\0${DOCUMENT}`;
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * Compiles each `graphql(`...`)` call to an import of its own document, so that a chunk carries
 * only the documents its route uses. The client preset's Babel optimizer replaces the call with a
 * document from src/gql/graphql.ts; since a bundler never splits a module between chunks, each
 * document is then served as a module of its own, cut out of that file.
 */
export function graphqlDocuments(gqlDir: string): PluginOption[] {
  const generated = path.join(gqlDir, 'graphql.ts');
  return [
    babel({
      presets: [
        defineRolldownBabelPreset({
          preset: () => ({
            plugins: [
              documentImports(generated),
              [babelOptimizerPlugin, { artifactDirectory: gqlDir, gqlTagName: 'graphql' }],
            ],
          }),
          rolldown: {
            filter: {
              id: { include: /\.tsx?$/, exclude: gqlDir.split(path.sep).join('/') + '/**' },
              code: 'graphql(',
            },
          },
        }),
      ],
    }),
    {
      name: 'graphql-documents',
      resolveId(id) {
        return id.startsWith(DOCUMENT) ? `\0${id}` : null;
      },
      load(id) {
        if (!id.startsWith(RESOLVED)) return null;
        this.addWatchFile(generated);
        const name = id.slice(RESOLVED.length);
        for (const [, exported, document] of readFileSync(generated, 'utf8').matchAll(GENERATED)) {
          if (exported === name) return `export const ${name} = ${document};`;
        }
        this.error(`${name} is missing from ${generated}: run \`npm run codegen\``);
      },
    },
  ];
}

/**
 * Runs around the optimizer. Before: renames `const MeDocument = graphql(...)`, which would
 * otherwise clash with the optimizer's `import { MeDocument }`. After: points each document
 * import at its own module, and turns `const _MeDocument = MeDocument; export { _MeDocument as
 * MeDocument }` back into a plain re-export, so this file does not tie its documents together.
 */
function documentImports(generated: string) {
  return ({ types }: { types: typeof t }): PluginObj => ({
    visitor: {
      Program: {
        enter(program) {
          for (const [name, binding] of Object.entries(program.scope.bindings)) {
            const init = binding.path.isVariableDeclarator() ? binding.path.node.init : null;
            if (
              types.isCallExpression(init) &&
              types.isIdentifier(init.callee, { name: 'graphql' })
            ) {
              program.scope.rename(name);
            }
          }
        },
        exit(program, state) {
          const dir = path.dirname(state.filename ?? '');
          for (const statement of program.get('body')) {
            if (
              statement.isImportDeclaration() &&
              statement.node.importKind !== 'type' &&
              path.resolve(dir, statement.node.source.value) === generated.replace(/\.ts$/, '')
            ) {
              statement.replaceWithMultiple(
                statement.node.specifiers.map((specifier) =>
                  types.importDeclaration(
                    [specifier],
                    types.stringLiteral(DOCUMENT + importedName(types, specifier)),
                  ),
                ),
              );
            }
          }
          program.scope.crawl();
          for (const binding of Object.values(program.scope.bindings)) {
            const init = binding.path.isVariableDeclarator() ? binding.path.node.init : null;
            const source = types.isIdentifier(init) ? program.scope.getBinding(init.name) : null;
            if (!init || !isDocumentImport(source?.path)) continue;
            for (const reference of binding.referencePaths) {
              reference.replaceWith(types.cloneNode(init));
            }
            binding.path.remove();
          }
        },
      },
    },
  });
}

function importedName(types: typeof t, specifier: t.ImportDeclaration['specifiers'][number]) {
  if (!types.isImportSpecifier(specifier)) throw new Error('documents are named imports');
  return types.isIdentifier(specifier.imported)
    ? specifier.imported.name
    : specifier.imported.value;
}

function isDocumentImport(specifier: NodePath | undefined): boolean {
  const declaration = specifier?.parentPath;
  return !!declaration?.isImportDeclaration() && declaration.node.source.value.startsWith(DOCUMENT);
}
