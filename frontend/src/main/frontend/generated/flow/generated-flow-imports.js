import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/form-layout/src/vaadin-form-layout.js';
import '@vaadin/form-layout/src/vaadin-form-item.js';
import '@vaadin/form-layout/src/vaadin-form-row.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/grid/src/vaadin-grid.js';
import '@vaadin/grid/src/vaadin-grid-column.js';
import '@vaadin/grid/src/vaadin-grid-sorter.js';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import 'Frontend/generated/jar-resources/gridConnector.ts';
import 'Frontend/generated/jar-resources/vaadin-grid-flow-selection-column.js';
import '@vaadin/grid/src/vaadin-grid-column-group.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/dialog/src/vaadin-dialog.js';
import '@vaadin/multi-select-combo-box/src/vaadin-multi-select-combo-box.js';
import 'Frontend/generated/jar-resources/comboBoxConnector.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/email-field/src/vaadin-email-field.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'a7aabe82ef4b15c0a261689302fafa2d8dec80a25991036b8b73a313e67cd380') {
    pending.push(import('./chunks/chunk-ba04836b43f0be8d34811aeb5f1071e37be443fc12f9558f3f20420ced01e927.js'));
  }
  if (key === '28c2c32f2e2a4ab9f8b9c9a4e1bdb55082f726f8cf29232dce30293a20612595') {
    pending.push(import('./chunks/chunk-08d71762cdb13fc8f06697eb02e892ed369010bf4ac7ccb40967734a38cda83f.js'));
  }
  if (key === 'ab00827d6b549810b77e7570610abcaaa9f5116e8b9a1eb21d84a646d94b3469') {
    pending.push(import('./chunks/chunk-3a28930ceef44ad90f416c9ccf85b9afaa721cd613623523124ab15d1682660b.js'));
  }
  if (key === '5f7d5925d319d8219fba8fd2040d08b5c3dcc8606906aa41f080bfa8f1b59711') {
    pending.push(import('./chunks/chunk-56a48b582f933f017868ee9c0a80262d46cdc066c38214e944b996c56f081515.js'));
  }
  if (key === '11e28a0e8c107bb81b3db39d4b6998e9a680c61802548040b125790ef058805f') {
    pending.push(import('./chunks/chunk-e4f22fc951f74772dbb999b1818cad19db51c57aaf23cd8b5290013168abd6d5.js'));
  }
  if (key === 'fe013a4f585deba6e7364acbf8d4f8f6f0937aa168bb603496e6db9efffd7cf9') {
    pending.push(import('./chunks/chunk-8e547dc198d8cf899d926b51462996635f80cb828e92f9371ed7b08151ba3eac.js'));
  }
  if (key === '9524a6d4e3c2ed06d5bcfad80ddc82600a71e6647cb6554ce99e5795951b0587') {
    pending.push(import('./chunks/chunk-dae1b7e8bf806f45322995de5efd7d587f0e1921a7baa0212aa80825a03eb3f5.js'));
  }
  if (key === 'f5e8f9e18ab86ff240876634990688061c8681c6bbed6f888760918c6bfe2763') {
    pending.push(import('./chunks/chunk-03ca1215d0352e2f2c15acc0350b1a2ef1ab2d198dc5518409f73de024c47f9a.js'));
  }
  if (key === '3d9b3928136eede2e6dc3bfef25ee3d11c8c8d5399c4a7c55b30a7f4a408752a') {
    pending.push(import('./chunks/chunk-56a48b582f933f017868ee9c0a80262d46cdc066c38214e944b996c56f081515.js'));
  }
  if (key === 'f16a55f564a9d5682d67bdea2a397b6b07d5ca0bb13e3ca5896041cac23593f8') {
    pending.push(import('./chunks/chunk-977f36da3246d106d185f304c516139ecd4a4c9e9ecd0991a3006cb5543bdce6.js'));
  }
  if (key === 'e6115f5479c1707a96c5c26b8cc513fce00c68e3cb2e2dd988ed521f7ae9104b') {
    pending.push(import('./chunks/chunk-36dc5005a0e719f8e33e6c28e3f35eaa9465703dc9abbc6a37ef20ccc22242f4.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}