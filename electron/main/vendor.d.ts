// electron-squirrel-startup ships no types: it handles the Squirrel.Windows install/update events
// (creating and removing shortcuts) and is true when the app should quit right away.
declare module 'electron-squirrel-startup' {
  const handledSquirrelEvent: boolean;
  export default handledSquirrelEvent;
}
